package org.govdx.quality.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govdx.catalog.ItemDataType;
import org.govdx.quality.RuleType;

/**
 * Turns row rules into SQL: each rule becomes one {@code CASE WHEN <fails> THEN 1 ELSE 0 END}
 * (or, for uniqueness, {@code COUNT(c) - COUNT(DISTINCT c)}) so that all rules of an entry are summed in
 * one aggregate query, one pass over the table. Names come only from the mounted table (quoted by the
 * source module); every value a user typed is a bound parameter.
 */
final class RuleSql {

    static final String ID_SHAPE = "^[0-9]{17}[0-9X]$";
    static final String CREDIT_SHAPE = "^[0-9A-HJ-NPQRTUWXY]{18}$";
    static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** Patterns of {@link RuleType#DATA_TYPE}: plain POSIX classes every database's regex engine reads alike. */
    static final Map<String, String> TYPE_PATTERNS = Map.of(
            "INTEGER", "^[-+]?[0-9]+$",
            "DECIMAL", "^[-+]?[0-9]+([.][0-9]+)?$",
            "DATE", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "DATETIME", "^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}(:[0-9]{2})?([.][0-9]+)?$",
            "BOOLEAN", "^(true|false|TRUE|FALSE|0|1)$");

    /** A piece of SQL and the values bound to its {@code ?}, in order. */
    record Fragment(String sql, List<Object> params) {
    }

    /** Item code → quoted column and declared type. */
    interface Columns {
        String column(String itemCode);

        ItemDataType type(String itemCode);
    }

    private RuleSql() {
    }

    /** The aggregate expression that counts a rule's failing rows. */
    static Fragment failCount(RuleDef rule, Columns cols, SqlDialect d) {
        if (rule.type() == RuleType.UNIQUE) {
            String c = cols.column(rule.itemCode());
            return new Fragment("(COUNT(" + c + ") - COUNT(DISTINCT " + c + "))", List.of());
        }
        Fragment f = failCase(rule, cols, d);
        return new Fragment("SUM(" + f.sql() + ")", f.params());
    }

    /** {@code CASE WHEN <the row fails> THEN 1 ELSE 0 END} for a row rule other than uniqueness. */
    static Fragment failCase(RuleDef rule, Columns cols, SqlDialect d) {
        List<Object> p = new ArrayList<>();
        String c = rule.itemCode() == null ? null : cols.column(rule.itemCode());
        ItemDataType type = rule.itemCode() == null ? null : cols.type(rule.itemCode());
        String when = switch (rule.type()) {
            case NOT_NULL -> blank(c, type);
            case REQUIRED_TOGETHER -> {
                List<String> items = rule.items();
                List<String> parts = new ArrayList<>();
                for (String item : items) {
                    parts.add("CASE WHEN " + blank(cols.column(item), cols.type(item)) + " THEN 1 ELSE 0 END");
                }
                String sum = "(" + String.join(" + ", parts) + ")";
                yield sum + " > 0 AND " + sum + " < " + items.size();
            }
            case REGEX -> {
                p.add(rule.param("pattern"));
                yield c + " IS NOT NULL AND NOT " + d.regex(type == ItemDataType.STRING ? c : d.text(c));
            }
            case ALLOWED_VALUES -> {
                List<String> values = rule.listParam("values");
                List<String> marks = new ArrayList<>();
                for (String v : values) {
                    p.add(typed(v, type));
                    marks.add("?");
                }
                String expr = type == ItemDataType.STRING || numeric(type) ? c : d.text(c);
                yield values.isEmpty() ? c + " IS NOT NULL"
                        : c + " IS NOT NULL AND " + expr + " NOT IN (" + String.join(", ", marks) + ")";
            }
            case RANGE -> {
                List<String> bounds = new ArrayList<>();
                if (rule.param("min") != null && !rule.param("min").isEmpty()) {
                    bounds.add(c + " < ?");
                    p.add(typed(rule.param("min"), type));
                }
                if (rule.param("max") != null && !rule.param("max").isEmpty()) {
                    bounds.add(c + " > ?");
                    p.add(typed(rule.param("max"), type));
                }
                yield bounds.isEmpty() ? "1 = 0" : c + " IS NOT NULL AND (" + String.join(" OR ", bounds) + ")";
            }
            case LENGTH -> {
                List<String> bounds = new ArrayList<>();
                String len = "CHAR_LENGTH(" + (type == ItemDataType.STRING ? c : d.text(c)) + ")";
                if (rule.longParam("min") != null) {
                    bounds.add(len + " < ?");
                    p.add(rule.longParam("min").intValue());
                }
                if (rule.longParam("max") != null) {
                    bounds.add(len + " > ?");
                    p.add(rule.longParam("max").intValue());
                }
                yield bounds.isEmpty() ? "1 = 0" : c + " IS NOT NULL AND (" + String.join(" OR ", bounds) + ")";
            }
            case DATA_TYPE -> {
                p.add(TYPE_PATTERNS.get(rule.param("type").toUpperCase(java.util.Locale.ROOT)));
                String t = type == ItemDataType.STRING ? c : d.text(c);
                yield c + " IS NOT NULL AND TRIM(" + t + ") <> '' AND NOT " + d.regex("TRIM(" + t + ")");
            }
            case ID_CARD -> checkCharacter(c, d, idShape(c, d, p), ID_WEIGHTS, 17,
                    "ASCII(SUBSTRING(" + c + ", %d, 1)) - 48", "SUBSTRING('10X98765432', MOD(%s, 11) + 1, 1)");
            case CREDIT_CODE -> checkCharacter(c, d, creditShape(c, d, p), CREDIT_WEIGHTS, 17,
                    "POSITION(SUBSTRING(" + c + ", %d, 1) IN '" + CREDIT_ALPHABET + "') - 1",
                    "SUBSTRING('" + CREDIT_ALPHABET + "', MOD(31 - MOD(%s, 31), 31) + 1, 1)");
            case BIRTH_DATE_MATCH -> {
                String b = cols.column(rule.param("birthItem"));
                ItemDataType bt = cols.type(rule.param("birthItem"));
                String shape = idShape(c, d, p);
                String birth = bt == ItemDataType.DATE || bt == ItemDataType.DATETIME ? d.yyyymmdd(b)
                        : "REPLACE(REPLACE(" + b + ", '-', ''), '/', '')";
                yield c + " IS NOT NULL AND " + b + " IS NOT NULL AND " + shape + " AND "
                        + "SUBSTRING(" + c + ", 7, 8) <> " + birth;
            }
            case END_AFTER_START -> {
                String e = cols.column(rule.param("endItem"));
                yield c + " IS NOT NULL AND " + e + " IS NOT NULL AND " + e + " < " + c;
            }
            default -> throw new IllegalArgumentException("not a row rule: " + rule.type());
        };
        return new Fragment("CASE WHEN " + when + " THEN 1 ELSE 0 END", p);
    }

    /**
     * A check character rule: blank values are completeness's business; a value of the wrong shape fails;
     * else the weighted sum of the first 17 characters decides the 18th. The shape test comes first in a
     * CASE so that the arithmetic only ever sees well-formed values.
     */
    private static String checkCharacter(String c, SqlDialect d, String shape, int[] weights, int n, String digit,
                                         String expected) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            terms.add("(" + String.format(digit, i + 1) + ") * " + weights[i]);
        }
        String sum = "(" + String.join(" + ", terms) + ")";
        return c + " IS NOT NULL AND TRIM(" + c + ") <> '' AND (CASE WHEN NOT " + shape + " THEN 1 WHEN "
                + d.differs("SUBSTRING(" + c + ", 18, 1)", String.format(expected, sum)) + " THEN 1 ELSE 0 END) = 1";
    }

    /**
     * 17 digits and a digit or X. PostgreSQL tests it with TRANSLATE, about twice as fast as its regular
     * expressions; MariaDB with a case-sensitive REGEXP (its usual collations ignore case), H2 with REGEXP_LIKE.
     */
    static String idShape(String c, SqlDialect d, List<Object> p) {
        if (d != SqlDialect.POSTGRES) {
            p.add(ID_SHAPE);
            return d.exactRegex(c);
        }
        return "(CHAR_LENGTH(" + c + ") = 18 AND TRANSLATE(SUBSTRING(" + c + ", 1, 17), '0123456789', '') = ''"
                + " AND TRANSLATE(SUBSTRING(" + c + ", 18, 1), '0123456789X', '') = '')";
    }

    /** 18 characters of the credit-code alphabet (no I, O, S, V, Z). */
    static String creditShape(String c, SqlDialect d, List<Object> p) {
        if (d != SqlDialect.POSTGRES) {
            p.add(CREDIT_SHAPE);
            return d.exactRegex(c);
        }
        return "(CHAR_LENGTH(" + c + ") = 18 AND TRANSLATE(" + c + ", '" + CREDIT_ALPHABET + "', '') = '')";
    }

    static String blank(String c, ItemDataType type) {
        return type == ItemDataType.STRING ? "(" + c + " IS NULL OR TRIM(" + c + ") = '')" : c + " IS NULL";
    }

    private static boolean numeric(ItemDataType type) {
        return type == ItemDataType.INTEGER || type == ItemDataType.DECIMAL;
    }

    /** A user's value as the JDBC type of the item, so that it binds as a parameter of that type. */
    static Object typed(String value, ItemDataType type) {
        if (type == null) {
            return value;
        }
        return switch (type) {
            case INTEGER, DECIMAL -> new BigDecimal(value.trim());
            case DATE -> java.sql.Date.valueOf(LocalDate.parse(value.trim()));
            case DATETIME -> java.sql.Timestamp.valueOf(value.trim().length() == 10
                    ? LocalDate.parse(value.trim()).atStartOfDay() : LocalDateTime.parse(value.trim()));
            default -> value;
        };
    }
}
