package org.govdx.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govdx.catalog.CatalogItemView;
import org.govdx.catalog.DataGrade;
import org.govdx.catalog.ItemDataType;
import org.govdx.common.CreditCode;
import org.govdx.common.IdCardNumber;
import org.govdx.common.masking.MaskingRule;
import org.govdx.quality.RuleType;
import org.govdx.source.MountedTable;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Every row rule with known expected counts, in one aggregate query, on real PostgreSQL, MariaDB and H2:
 * the SQL the scans push down, without the application around it.
 */
public class QualityRuleSqlTest {

    static final String PG = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String MARIA = "jdbc:mariadb://127.0.0.1:3306/test";
    static final String H2 = "jdbc:h2:mem:quality_rule_sql;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE";

    static final Map<String, CatalogItemView> ITEMS = new LinkedHashMap<>();

    static {
        item("id_no", ItemDataType.STRING, MaskingRule.ID_CARD, true);
        item("name", ItemDataType.STRING, MaskingRule.NAME, false);
        item("birth", ItemDataType.DATE, MaskingRule.NONE, false);
        item("gender", ItemDataType.STRING, MaskingRule.NONE, false);
        item("mobile", ItemDataType.STRING, MaskingRule.MOBILE, false);
        item("amount", ItemDataType.DECIMAL, MaskingRule.NONE, false);
        item("start_d", ItemDataType.DATE, MaskingRule.NONE, false);
        item("end_d", ItemDataType.DATE, MaskingRule.NONE, false);
        item("credit", ItemDataType.STRING, MaskingRule.CREDIT_CODE, false);
        item("num_text", ItemDataType.STRING, MaskingRule.NONE, false);
    }

    private static void item(String code, ItemDataType type, MaskingRule masking, boolean key) {
        ITEMS.put(code, new CatalogItemView(code, code, type, null, null, DataGrade.GENERAL_3, masking, null, key));
    }

    /** The rules and the failing rows each must count in {@link #fill}'s 20 rows. */
    static List<Object[]> rulesAndExpected() {
        List<Object[]> r = new ArrayList<>();
        r.add(new Object[] {RuleDef.of(1, RuleType.NOT_NULL, "id_no", Map.of()), 2L});
        r.add(new Object[] {RuleDef.of(2, RuleType.NOT_NULL, "name", Map.of()), 2L});
        r.add(new Object[] {RuleDef.of(3, RuleType.ID_CARD, "id_no", Map.of()), 3L});
        r.add(new Object[] {RuleDef.of(4, RuleType.UNIQUE, "id_no", Map.of()), 1L});
        r.add(new Object[] {RuleDef.of(5, RuleType.BIRTH_DATE_MATCH, "id_no", Map.of("birthItem", "birth")), 1L});
        r.add(new Object[] {RuleDef.of(6, RuleType.ALLOWED_VALUES, "gender", Map.of("values", List.of("男", "女"))), 1L});
        r.add(new Object[] {RuleDef.of(7, RuleType.REGEX, "mobile", Map.of("pattern", "^1[3-9][0-9]{9}$")), 1L});
        r.add(new Object[] {RuleDef.of(8, RuleType.LENGTH, "mobile", Map.of("min", 11, "max", 11)), 1L});
        r.add(new Object[] {RuleDef.of(9, RuleType.RANGE, "amount", Map.of("min", "0", "max", "1000")), 1L});
        r.add(new Object[] {RuleDef.of(10, RuleType.END_AFTER_START, "start_d", Map.of("endItem", "end_d")), 1L});
        r.add(new Object[] {RuleDef.of(11, RuleType.CREDIT_CODE, "credit", Map.of()), 1L});
        r.add(new Object[] {RuleDef.of(12, RuleType.DATA_TYPE, "num_text", Map.of("type", "INTEGER")), 1L});
        r.add(new Object[] {RuleDef.of(13, RuleType.REQUIRED_TOGETHER, "start_d", Map.of("items", List.of("end_d"))), 1L});
        r.add(new Object[] {RuleDef.of(14, RuleType.RANGE, "birth", Map.of("min", "1950-01-01")), 1L});
        return r;
    }

    /** The same rules as API requests: {type, item, params, expected failing rows}. */
    public static List<Object[]> apiRulesAndExpected() {
        return rulesAndExpected().stream().map(e -> {
            RuleDef r = (RuleDef) e[0];
            return new Object[] {r.type().name(), r.itemCode(), r.params(), e[1]};
        }).toList();
    }

    /** The items of the test table as the catalog API takes them: code, dataType, maskingRule, key. */
    public static List<Object[]> apiItems() {
        return ITEMS.values().stream().map(i -> new Object[] {i.code(), i.dataType().name(), i.maskingRule().name(),
                i.key()}).toList();
    }

    /** An ID number born on {@code birth} whose check character is X. */
    static String idWithX(LocalDate birth) {
        String prefix = "640502" + birth.toString().replace("-", "");
        for (int seq = 0; seq < 1000; seq++) {
            String first17 = prefix + String.format("%03d", seq);
            if (IdCardNumber.checkCharacter(first17) == 'X') {
                return first17 + 'X';
            }
        }
        throw new IllegalStateException();
    }

    static String id(LocalDate birth, int seq) {
        return IdCardNumber.complete("640502" + birth.toString().replace("-", "") + String.format("%03d", seq));
    }

    public static String create(Connection c, String table, boolean maria) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + table);
            s.execute("CREATE TABLE " + table + " (row_id INTEGER PRIMARY KEY, id_no VARCHAR(18), name VARCHAR(50), birth DATE,"
                    + " gender VARCHAR(4), mobile VARCHAR(11), amount DECIMAL(12,2), start_d DATE, end_d DATE,"
                    + " credit VARCHAR(18), num_text VARCHAR(10), updated_at TIMESTAMP NULL)"
                    + (maria ? " DEFAULT CHARSET=utf8mb4" : ""));
        }
        fill(c, table);
        return table;
    }

    /** 20 rows, each defect placed on a known row. */
    static void fill(Connection c, String table) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < 20; i++) {
                LocalDate birth = LocalDate.of(1980, 1, 1).plusDays(i * 37L);
                String id = id(birth, i);
                switch (i) {
                    case 3 -> id = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0'); // bad check character
                    case 5 -> {
                        id = idWithX(birth).replace('X', 'x'); // X must be upper case
                    }
                    case 7 -> id = null;
                    case 8 -> id = "";
                    case 9 -> id = "12345";
                    case 10 -> {
                        id = "11010519491231002X";
                        birth = LocalDate.of(1949, 12, 31);
                    }
                    case 11 -> {
                        birth = LocalDate.of(1980, 1, 1).plusDays(12 * 37L);
                        id = id(birth, 12); // the same person as row 12
                    }
                    default -> {
                    }
                }
                LocalDate birthCol = i == 4 ? birth.plusDays(1) : i == 13 ? null : birth;
                ps.setInt(1, i);
                ps.setString(2, id);
                ps.setString(3, i == 6 ? null : i == 14 ? "  " : "张三" + i);
                ps.setObject(4, birthCol == null ? null : java.sql.Date.valueOf(birthCol));
                ps.setString(5, i == 15 ? "未知" : i % 2 == 0 ? "男" : "女");
                ps.setString(6, i == 16 ? "12345" : "139" + String.format("%08d", 1000 + i));
                ps.setBigDecimal(7, i == 17 ? new BigDecimal("-5.00") : new BigDecimal("10.5").multiply(BigDecimal.valueOf(i)));
                LocalDate start = LocalDate.of(2020, 1, 1).plusDays(i);
                ps.setObject(8, java.sql.Date.valueOf(start));
                ps.setObject(9, i == 1 ? null : java.sql.Date.valueOf(i == 18 ? start.minusDays(3) : start.plusDays(30)));
                ps.setString(10, i == 0 ? "91110000600037341L" : i == 19
                        ? CreditCode.complete("91640500MA76ABC" + String.format("%02d", i)).substring(0, 17) + "0"
                        : CreditCode.complete("91640500MA76ABC" + String.format("%02d", i)));
                ps.setString(11, i == 2 ? "12a" : String.valueOf(i));
                ps.setTimestamp(12, java.sql.Timestamp.valueOf("2026-01-01 08:00:00"));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static MountedTable mounted(String url, String user, String product, String quote, String table) {
        DriverManagerDataSource ds = new DriverManagerDataSource(url, user, "");
        Map<String, String> columns = new LinkedHashMap<>();
        ITEMS.keySet().forEach(k -> columns.put(k, quote + k + quote));
        return new MountedTable(1, 1, 1, ds, product, quote + table + quote, columns, quote + "row_id" + quote,
                quote + "updated_at" + quote, Duration.ofSeconds(20), quote);
    }

    private static void check(String url, String user, String product, String quote, boolean maria) throws Exception {
        String table = "q_rules_" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            create(c, table, maria);
            MountedTable t = mounted(url, user, product, quote, table);
            List<Object[]> expected = rulesAndExpected();
            List<RuleDef> rules = expected.stream().map(e -> (RuleDef) e[0]).toList();
            RuleSql.Fragment sql = ScanRunner.aggregateSql(t, ITEMS, rules);
            assertThat(sql.sql()).as("one statement, one pass").startsWith("SELECT COUNT(*), MAX(")
                    .doesNotContain("139").doesNotContain("男");
            try (PreparedStatement ps = c.prepareStatement(sql.sql())) {
                for (int i = 0; i < sql.params().size(); i++) {
                    ps.setObject(i + 1, sql.params().get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getLong(1)).isEqualTo(20);
                    assertThat(rs.getTimestamp(2)).isNotNull();
                    for (int i = 0; i < expected.size(); i++) {
                        RuleDef rule = (RuleDef) expected.get(i)[0];
                        assertThat(rs.getLong(3 + i)).as("%s %s on %s", rule.type(), rule.itemCode(), product)
                                .isEqualTo((Long) expected.get(i)[1]);
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE " + table);
            }
        }
    }

    @Test
    void everyRowRuleCountsItsFailuresOnH2() throws Exception {
        check(H2, "sa", "H2", "\"", false);
    }

    @Test
    void everyRowRuleCountsItsFailuresOnPostgresql() throws Exception {
        check(PG, "postgres", "PostgreSQL", "\"", false);
    }

    @Test
    void everyRowRuleCountsItsFailuresOnMariadb() throws Exception {
        check(MARIA, "root", "MariaDB", "`", true);
    }

    @Test
    void theJavaEvaluationOfApiAndFileRecordsAgreesWithTheSql() throws Exception {
        String table = "q_java_" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        try (Connection c = DriverManager.getConnection(H2, "sa", "")) {
            create(c, table, false);
            List<Map<String, Object>> records = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM " + table)) {
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (String item : ITEMS.keySet()) {
                        Object v = rs.getObject(item);
                        row.put(item, v instanceof java.sql.Date d ? d.toLocalDate() : v);
                    }
                    records.add(row);
                }
            }
            for (Object[] e : rulesAndExpected()) {
                RuleDef rule = (RuleDef) e[0];
                if (rule.type() == RuleType.UNIQUE) {
                    continue;
                }
                long failed = records.stream().filter(r -> RecordRules.fails(rule, r, new java.util.HashMap<>())).count();
                assertThat(failed).as("%s %s", rule.type(), rule.itemCode()).isEqualTo((Long) e[1]);
            }
        }
    }

    @Test
    void valuesAreBoundNeverWrittenIntoTheSql() {
        MountedTable t = mounted(H2, "sa", "H2", "\"", "x");
        RuleDef evil = RuleDef.of(1, RuleType.REGEX, "mobile", Map.of("pattern", "'; DROP TABLE x; --"));
        RuleDef values = RuleDef.of(2, RuleType.ALLOWED_VALUES, "gender", Map.of("values", List.of("a'b", "c")));
        RuleSql.Fragment f = ScanRunner.aggregateSql(t, ITEMS, List.of(evil, values));
        assertThat(f.sql()).doesNotContain("DROP").doesNotContain("a'b");
        assertThat(f.params()).containsExactly("'; DROP TABLE x; --", "a'b", "c");
    }
}
