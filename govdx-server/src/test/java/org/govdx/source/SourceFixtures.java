package org.govdx.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govdx.ApiClient;
import org.govdx.ApiClient.Response;
import org.govdx.common.IdCardNumber;

/** Catalog entries, data sources and real source tables for the mount tests. */
final class SourceFixtures {

    static final String PG_SCHEMA = "govdx_src_test";
    static final String PG_SOURCE_URL = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + PG_SCHEMA;
    static final String[] SURNAMES = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴"};
    static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "艳", "勇"};

    private SourceFixtures() {
    }

    static Map<String, Object> item(String code, String name, String dataType, String maskingRule, boolean key) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("code", code);
        item.put("name", name);
        item.put("dataType", dataType);
        item.put("maskingRule", maskingRule);
        item.put("key", key);
        return item;
    }

    /** A conditional population-like entry with the given items. */
    static Map<String, Object> entry(String name, List<Map<String, Object>> items) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("summary", "测试用人口信息，供挂载与预览测试。");
        body.put("classification", "101001");
        body.put("format", "DATABASE");
        body.put("shareType", "CONDITIONAL");
        body.put("shareCondition", "仅限政务服务事项办理中的身份核验。");
        body.put("shareMode", "API");
        body.put("openType", "NOT_OPEN");
        body.put("updateCycle", "DAILY");
        body.put("grade", "GENERAL_3");
        body.put("items", items);
        return body;
    }

    static List<Map<String, Object>> personItems() {
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(item("id_number", "公民身份号码", "STRING", "ID_CARD", true));
        items.add(item("name", "姓名", "STRING", "NAME", false));
        items.add(item("birth_date", "出生日期", "DATE", "NONE", false));
        items.add(item("address", "住址", "STRING", "ADDRESS", false));
        items.add(item("mobile", "手机号码", "STRING", "MOBILE", false));
        items.add(item("household", "户号", "STRING", "HASH", false));
        items.add(item("alive", "是否健在", "BOOLEAN", "NONE", false));
        items.add(item("income", "年收入", "DECIMAL", "NULL", false));
        return items;
    }

    static Map<String, String> personColumns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("id_number", "sfzh");
        columns.put("name", "xm");
        columns.put("birth_date", "csrq");
        columns.put("address", "zz");
        columns.put("mobile", "sjhm");
        columns.put("household", "hh");
        columns.put("alive", "sfjz");
        columns.put("income", "nsr");
        return columns;
    }

    static long createEntry(ApiClient api, String token, Map<String, Object> body) {
        Response r = api.post("/api/v1/catalog", token, body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.body().get("id").asLong();
    }

    static void publish(ApiClient api, String providerToken, String operatorToken, long entryId) {
        Response submitted = api.post("/api/v1/catalog/" + entryId + "/submit", providerToken,
                Map.of("confidentialityRiskAssessed", true, "personalInfoImpactAssessed", true, "approvedBy", "王局长"));
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        Response reviewed = api.post("/api/v1/catalog/" + entryId + "/review", operatorToken,
                Map.of("approve", true, "comment", "同意发布"));
        assertThat(reviewed.status()).as(reviewed.text()).isEqualTo(200);
    }

    static long registerJdbc(ApiClient api, String token, String name, String url, String user, String password) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("type", "JDBC");
        body.put("jdbcUrl", url);
        body.put("username", user);
        body.put("password", password);
        Response r = api.post("/api/v1/datasources", token, body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.body().get("id").asLong();
    }

    static Map<String, Object> tableMount(long sourceId, String table, String key, String change,
                                          Map<String, String> columns) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "TABLE");
        body.put("dataSourceId", sourceId);
        body.put("table", table);
        body.put("keyColumn", key);
        body.put("changeTimestampColumn", change);
        body.put("columns", columns);
        return body;
    }

    /** A valid ID number for person {@code i}. */
    static String idNumber(int i) {
        return IdCardNumber.complete(String.format("640502%04d%02d%02d%03d", 1950 + i % 50, 1 + i % 12, 1 + i % 28,
                i % 1000));
    }

    /** Creates {@code table} (and the odd-named {@code Odd Table}) in PostgreSQL schema govdx_src_test with 25 people. */
    static void postgresTables() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + PG_SCHEMA + " CASCADE");
            s.execute("CREATE SCHEMA " + PG_SCHEMA);
            s.execute("SET search_path TO " + PG_SCHEMA);
            s.execute("""
                    CREATE TABLE person (sfzh VARCHAR(18) PRIMARY KEY, xm VARCHAR(50) NOT NULL, csrq DATE, zz VARCHAR(200),
                        sjhm VARCHAR(11), hh VARCHAR(20), sfjz BOOLEAN, nsr NUMERIC(12,2), gxsj TIMESTAMP, bz TEXT)""");
            s.execute("CREATE TABLE \"Odd Table\" (\"Full Name\" VARCHAR(50), \"ID\" INTEGER PRIMARY KEY, \"say\"\"hi\" VARCHAR(10))");
            s.execute("INSERT INTO \"Odd Table\" VALUES ('欧阳娜娜', 1, 'x'), ('张三', 2, 'y')");
            insertPeople(c, "INSERT INTO person VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", 25);
        }
    }

    /** Creates {@code govdx_src_person} and {@code odd table} in MariaDB's test database. */
    static void mariadbTables() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/test", "root", "");
             Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS govdx_src_person");
            s.execute("DROP TABLE IF EXISTS `odd table`");
            s.execute("""
                    CREATE TABLE govdx_src_person (sfzh VARCHAR(18) PRIMARY KEY, xm VARCHAR(50) NOT NULL, csrq DATE,
                        zz VARCHAR(200), sjhm VARCHAR(11), hh VARCHAR(20), sfjz TINYINT(1), nsr DECIMAL(12,2),
                        gxsj DATETIME, bz TEXT) DEFAULT CHARSET=utf8mb4""");
            s.execute("CREATE TABLE `odd table` (`full name` VARCHAR(50), `id` INT PRIMARY KEY, `back``tick` VARCHAR(10)) DEFAULT CHARSET=utf8mb4");
            s.execute("INSERT INTO `odd table` VALUES ('欧阳娜娜', 1, 'x')");
            insertPeople(c, "INSERT INTO govdx_src_person VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", 25);
        }
    }

    private static void insertPeople(Connection c, String sql, int count) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < count; i++) {
                ps.setString(1, idNumber(i));
                ps.setString(2, SURNAMES[i % SURNAMES.length] + GIVEN[i % GIVEN.length] + (i % 3 == 0 ? GIVEN[(i + 5) % GIVEN.length] : ""));
                ps.setDate(3, java.sql.Date.valueOf(java.time.LocalDate.of(1950 + i % 50, 1 + i % 12, 1 + i % 28)));
                ps.setString(4, "宁夏回族自治区中卫市沙坡头区文昌镇鼓楼西街" + (i + 1) + "号");
                ps.setString(5, "139" + String.format("%08d", 5100000 + i));
                ps.setString(6, "HH" + (1000 + i / 3));
                ps.setBoolean(7, i % 7 != 0);
                ps.setBigDecimal(8, new java.math.BigDecimal("52000.50").add(java.math.BigDecimal.valueOf(i)));
                ps.setTimestamp(9, java.sql.Timestamp.valueOf("2024-05-01 08:30:00"));
                ps.setString(10, "备注" + i);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static void execute(String url, String user, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
