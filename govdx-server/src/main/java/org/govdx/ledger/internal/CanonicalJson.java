package org.govdx.ledger.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The JSON Canonicalization Scheme (RFC 8785, JCS) for the values a ledger fact carries: no
 * whitespace, object members sorted by the UTF-16 code units of their names, strings with only the
 * mandatory escapes, numbers in the ECMAScript (ES6) {@code Number.prototype.toString} form. The
 * caller encodes the result as UTF-8.
 *
 * <p>Accepted values: {@code null}, {@link Boolean}, {@link CharSequence}, {@link Number}
 * (integers only up to 2^53 in magnitude, as RFC 8785 asks; larger identifiers belong in strings),
 * {@link Map} with string keys, {@link Collection} and object arrays. For convenience enums are
 * written as their name and {@link UUID} and {@code java.time} values as their ISO-8601 text.
 * Anything else is refused rather than guessed at, because a leaf can never be rewritten.
 */
public final class CanonicalJson {

    /** Largest integer magnitude that every JSON reader holds exactly (an IEEE 754 double). */
    private static final long MAX_SAFE_INTEGER = 1L << 53;

    private CanonicalJson() {
    }

    /**
     * Returns the canonical JSON text of {@code value}.
     *
     * @throws IllegalArgumentException for a value JCS cannot represent (NaN, a lone surrogate, an
     *     integer beyond 2^53, a non-string map key, an unsupported type)
     */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        value(value, out);
        return out.toString();
    }

    private static void value(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean b) {
            out.append(b ? "true" : "false");
        } else if (value instanceof CharSequence s) {
            string(s.toString(), out);
        } else if (value instanceof Number n) {
            out.append(number(n));
        } else if (value instanceof Map<?, ?> map) {
            object(map, out);
        } else if (value instanceof Collection<?> list) {
            array(list.toArray(), out);
        } else if (value instanceof Object[] array) {
            array(array, out);
        } else if (value instanceof Enum<?> e) {
            string(e.name(), out);
        } else if (value instanceof UUID || value instanceof TemporalAccessor) {
            string(value.toString(), out);
        } else {
            throw new IllegalArgumentException("no canonical JSON form for a " + value.getClass().getName());
        }
    }

    private static void object(Map<?, ?> map, StringBuilder out) {
        // TreeMap's natural String order compares UTF-16 code units, exactly what RFC 8785 3.2.3 asks
        TreeMap<String, Object> sorted = new TreeMap<>();
        map.forEach((k, v) -> {
            if (!(k instanceof String name)) {
                throw new IllegalArgumentException("JSON member names must be strings, got " + k);
            }
            sorted.put(name, v);
        });
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> member : sorted.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(member.getKey(), out);
            out.append(':');
            value(member.getValue(), out);
        }
        out.append('}');
    }

    private static void array(Object[] items, StringBuilder out) {
        out.append('[');
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            value(items[i], out);
        }
        out.append(']');
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        throw new IllegalArgumentException("string has a lone surrogate at " + i
                                + ", which UTF-8 cannot encode");
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** The ES6 text of a number; integral types are checked to stay within 2^53. */
    static String number(Number n) {
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte
                || n instanceof java.util.concurrent.atomic.AtomicInteger
                || n instanceof java.util.concurrent.atomic.AtomicLong) {
            return safeInteger(BigInteger.valueOf(n.longValue()));
        }
        if (n instanceof BigInteger b) {
            return safeInteger(b);
        }
        if (n instanceof BigDecimal d && d.signum() != 0 && d.stripTrailingZeros().scale() <= 0) {
            return safeInteger(d.toBigIntegerExact());
        }
        return es6(n.doubleValue());
    }

    private static String safeInteger(BigInteger value) {
        if (value.abs().compareTo(BigInteger.valueOf(MAX_SAFE_INTEGER)) > 0) {
            throw new IllegalArgumentException("integer " + value
                    + " is beyond 2^53 and would lose precision as a JSON number: put it in a string");
        }
        return value.toString();
    }

    /**
     * Formats a double as ECMAScript's {@code Number.prototype.toString} does (ECMA-262 7.1.12.1):
     * the shortest digits that read back as the same double, closest to it when several do.
     */
    static String es6(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("JSON has no " + v);
        }
        if (v == 0) {
            return "0"; // also for -0, as ES6 prints it
        }
        BigDecimal shortest = shortestDigits(Math.abs(v));
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale(); // v = 0.digits * 10^n
        StringBuilder out = new StringBuilder(v < 0 ? "-" : "");
        if (k <= n && n <= 21) {
            out.append(digits).append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            out.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            out.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            out.append(digits.charAt(0));
            if (k > 1) {
                out.append('.').append(digits, 1, k);
            }
            out.append('e').append(n - 1 < 0 ? '-' : '+').append(Math.abs(n - 1));
        }
        return out.toString();
    }

    private static BigDecimal shortestDigits(double positive) {
        BigDecimal exact = new BigDecimal(positive);
        for (int precision = 1; precision <= 17; precision++) {
            // Only the nearest decimals below and above can be the closest one that reads back.
            BigDecimal down = exact.round(new MathContext(precision, RoundingMode.FLOOR));
            BigDecimal up = exact.round(new MathContext(precision, RoundingMode.CEILING));
            boolean downOk = down.doubleValue() == positive;
            boolean upOk = up.doubleValue() == positive;
            if (downOk && upOk) {
                int cmp = exact.subtract(down).compareTo(up.subtract(exact));
                if (cmp != 0) {
                    return (cmp < 0 ? down : up).stripTrailingZeros();
                }
                return (down.unscaledValue().testBit(0) ? up : down).stripTrailingZeros();
            }
            if (downOk || upOk) {
                return (downOk ? down : up).stripTrailingZeros();
            }
        }
        throw new IllegalStateException("17 digits always identify a double: " + positive);
    }
}
