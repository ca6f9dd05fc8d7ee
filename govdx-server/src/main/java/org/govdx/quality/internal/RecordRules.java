package org.govdx.quality.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.govdx.common.CreditCode;
import org.govdx.common.IdCardNumber;

/**
 * The row rules evaluated in Java, for entries mounted on an API or a file (whose records are read in
 * one streamed pass) — the same meaning as {@link RuleSql}.
 */
final class RecordRules {

    private RecordRules() {
    }

    /** True when the record fails the rule (uniqueness is counted by the caller). */
    static boolean fails(RuleDef rule, Map<String, Object> row, Map<String, Pattern> patterns) {
        Object v = rule.itemCode() == null ? null : row.get(rule.itemCode());
        return switch (rule.type()) {
            case NOT_NULL -> blank(v);
            case REQUIRED_TOGETHER -> {
                List<String> items = rule.items();
                long blanks = items.stream().filter(i -> blank(row.get(i))).count();
                yield blanks > 0 && blanks < items.size();
            }
            case REGEX -> v != null && !patterns.computeIfAbsent(rule.param("pattern"), Pattern::compile)
                    .matcher(text(v)).find();
            case ALLOWED_VALUES -> v != null && rule.listParam("values").stream().noneMatch(a -> same(a, v));
            case RANGE -> v != null && (below(v, rule.param("min")) || above(v, rule.param("max")));
            case LENGTH -> {
                if (v == null) {
                    yield false;
                }
                int len = text(v).codePointCount(0, text(v).length());
                Long min = rule.longParam("min");
                Long max = rule.longParam("max");
                yield (min != null && len < min) || (max != null && len > max);
            }
            case DATA_TYPE -> !blank(v) && !Pattern.compile(RuleSql.TYPE_PATTERNS.get(rule.param("type")
                    .toUpperCase(java.util.Locale.ROOT))).matcher(text(v).trim()).find();
            case ID_CARD -> !blank(v) && !IdCardNumber.isValid(text(v));
            case CREDIT_CODE -> !blank(v) && !CreditCode.isValid(text(v));
            case BIRTH_DATE_MATCH -> {
                Object b = row.get(rule.param("birthItem"));
                if (v == null || b == null || !text(v).matches(RuleSql.ID_SHAPE)) {
                    yield false;
                }
                yield !text(v).substring(6, 14).equals(yyyymmdd(b));
            }
            case END_AFTER_START -> {
                Object e = row.get(rule.param("endItem"));
                yield v != null && e != null && compare(e, text(v)) < 0;
            }
            default -> false;
        };
    }

    static boolean blank(Object v) {
        return v == null || (v instanceof String s && s.trim().isEmpty());
    }

    static String text(Object v) {
        return v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : String.valueOf(v);
    }

    private static boolean same(String allowed, Object v) {
        if (v instanceof Number) {
            try {
                return new BigDecimal(allowed.trim()).compareTo(new BigDecimal(text(v))) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return allowed.equals(text(v));
    }

    private static boolean below(Object v, String min) {
        return min != null && !min.isEmpty() && compare(v, min) < 0;
    }

    private static boolean above(Object v, String max) {
        return max != null && !max.isEmpty() && compare(v, max) > 0;
    }

    /** Compares a value with a bound written as text: numbers as numbers, everything else as ISO text. */
    private static int compare(Object v, String bound) {
        if (v instanceof Number || v instanceof String s && s.matches("[-+]?[0-9]+([.][0-9]+)?")) {
            try {
                return new BigDecimal(text(v)).compareTo(new BigDecimal(bound.trim()));
            } catch (NumberFormatException e) {
                return text(v).compareTo(bound);
            }
        }
        return text(v).compareTo(bound.trim());
    }

    private static String yyyymmdd(Object b) {
        if (b instanceof LocalDate d) {
            return d.format(DateTimeFormatter.BASIC_ISO_DATE);
        }
        if (b instanceof LocalDateTime t) {
            return t.toLocalDate().format(DateTimeFormatter.BASIC_ISO_DATE);
        }
        String s = text(b);
        s = s.length() >= 10 && s.charAt(4) == '-' ? s.substring(0, 10) : s;
        return s.replace("-", "").replace("/", "");
    }
}
