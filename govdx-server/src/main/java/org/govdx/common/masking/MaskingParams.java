package org.govdx.common.masking;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parameters of the rules that take any: {@code n}/{@code m} for {@link MaskingRule#KEEP_FIRST_N_LAST_M},
 * {@code x}/{@code y} for {@link MaskingRule#MASK_FROM_X_TO_Y}, the {@code salt} of
 * {@link MaskingRule#HASH}, and the mask character (default {@code *}).
 *
 * @param n        characters kept at the start
 * @param m        characters kept at the end
 * @param x        first masked position, 1-based
 * @param y        last masked position, 1-based, inclusive
 * @param salt     secret salt of the hash rule
 * @param maskChar the character that replaces each hidden character
 */
public record MaskingParams(Integer n, Integer m, Integer x, Integer y, byte[] salt, char maskChar) {

    /** No parameters: every rule that needs none works with this. */
    public static final MaskingParams NONE = new MaskingParams(null, null, null, null, null, '*');

    public static MaskingParams keep(int n, int m) {
        return new MaskingParams(n, m, null, null, null, '*');
    }

    public static MaskingParams range(int x, int y) {
        return new MaskingParams(null, null, x, y, null, '*');
    }

    public static MaskingParams salt(byte[] salt) {
        return new MaskingParams(null, null, null, null, salt == null ? null : salt.clone(), '*');
    }

    public static MaskingParams salt(String salt) {
        return salt(salt == null ? null : salt.getBytes(StandardCharsets.UTF_8));
    }

    /** The same parameters with another salt (e.g. the grant's), keeping n, m, x and y. */
    public MaskingParams withSalt(byte[] newSalt) {
        return new MaskingParams(n, m, x, y, newSalt == null ? null : newSalt.clone(), maskChar);
    }

    /**
     * Parses {@code "n=3,m=4"} or {@code "x=4,y=7"} (the form a catalog item stores); blank gives
     * {@link #NONE}; unknown keys and bad numbers are refused.
     */
    public static MaskingParams parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        Map<String, Integer> values = new LinkedHashMap<>();
        for (String part : text.split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            String[] kv = part.split("=", 2);
            String key = kv[0].trim().toLowerCase();
            if (kv.length != 2 || !key.matches("[nmxy]")) {
                throw new IllegalArgumentException("unknown masking parameter: " + part);
            }
            try {
                int value = Integer.parseInt(kv[1].trim());
                if (value < 0) {
                    throw new IllegalArgumentException("negative masking parameter: " + part);
                }
                values.put(key, value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number: " + part);
            }
        }
        return new MaskingParams(values.get("n"), values.get("m"), values.get("x"), values.get("y"), null, '*');
    }

    int nOr(int fallback) {
        return n == null ? fallback : n;
    }

    int mOr(int fallback) {
        return m == null ? fallback : m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MaskingParams p && java.util.Objects.equals(n, p.n) && java.util.Objects.equals(m, p.m)
                && java.util.Objects.equals(x, p.x) && java.util.Objects.equals(y, p.y)
                && java.util.Arrays.equals(salt, p.salt) && maskChar == p.maskChar;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(n, m, x, y, java.util.Arrays.hashCode(salt), maskChar);
    }

    @Override
    public String toString() {
        // the salt is a secret: never printed
        return "MaskingParams[n=" + n + ", m=" + m + ", x=" + x + ", y=" + y + ", salt=" + (salt == null ? "none" : "set")
                + "]";
    }
}
