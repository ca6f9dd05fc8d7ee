package org.govdx.exchange;

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

/**
 * A provider's real source tables (PostgreSQL and MariaDB), a published and mounted entry on them,
 * and consumer apps with grants, all built through the real API.
 */
final class ExchangeFixtures {

    static final String PG_SCHEMA = "govdx_exch_test";
    static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + PG_SCHEMA;
    static final String MARIA_URL = "jdbc:mariadb://127.0.0.1:3306/test";
    static final String MARIA_TABLE = "govdx_exch_person";
    static final int PEOPLE = 40;
    static final String[] COUNTIES = {"沙坡头区", "中宁县", "海原县"};
    static final String[] NAMES = {"张伟", "王芳", "李娜", "赵敏", "刘静", "陈丽", "杨强", "黄磊"};

    private final ApiClient api;
    private final String operator;

    ExchangeFixtures(ApiClient api, String operatorToken) {
        this.api = api;
        this.operator = operatorToken;
    }

    static String idNumber(int i) {
        return IdCardNumber.complete(String.format("640502%04d%02d%02d%03d", 1960 + i % 40, 1 + i % 12, 1 + i % 28,
                i % 1000));
    }

    static String name(int i) {
        return NAMES[i % NAMES.length];
    }

    static String county(int i) {
        return COUNTIES[i % COUNTIES.length];
    }

    static long countOf(String county) {
        long n = 0;
        for (int i = 0; i < PEOPLE; i++) {
            n += county(i).equals(county) ? 1 : 0;
        }
        return n;
    }

    /** (Re)creates the person table in PostgreSQL schema govdx_exch_test and in MariaDB's test database. */
    static void createTables() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + PG_SCHEMA + " CASCADE");
            s.execute("CREATE SCHEMA " + PG_SCHEMA);
            s.execute("SET search_path TO " + PG_SCHEMA);
            s.execute("""
                    CREATE TABLE person (sfzh VARCHAR(18) PRIMARY KEY, xm VARCHAR(50) NOT NULL, csrq DATE,
                        qx VARCHAR(20), sjhm VARCHAR(11), hh VARCHAR(20), fs INTEGER, gxsj TIMESTAMP)""");
            insert(c, "INSERT INTO person VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        }
        try (Connection c = DriverManager.getConnection(MARIA_URL, "root", ""); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + MARIA_TABLE);
            s.execute("CREATE TABLE " + MARIA_TABLE + """
                     (sfzh VARCHAR(18) PRIMARY KEY, xm VARCHAR(50) NOT NULL, csrq DATE, qx VARCHAR(20),
                        sjhm VARCHAR(11), hh VARCHAR(20), fs INT, gxsj DATETIME) DEFAULT CHARSET=utf8mb4""");
            insert(c, "INSERT INTO " + MARIA_TABLE + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        }
    }

    /** An H2 file database with the person table in 公安局's demo directory (where H2 sources are allowed). */
    static String h2Table(String name) throws SQLException {
        String path = java.nio.file.Path.of("target/test-data/demo-sources/zw-gaj", name).toAbsolutePath().toString();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + path, "sa", "");
             Statement s = c.createStatement()) {
            s.execute("""
                    CREATE TABLE person (sfzh VARCHAR(18) PRIMARY KEY, xm VARCHAR(50) NOT NULL, csrq DATE,
                        qx VARCHAR(20), sjhm VARCHAR(11), hh VARCHAR(20), fs INTEGER, gxsj TIMESTAMP)""");
            insert(c, "INSERT INTO person VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        }
        return "jdbc:h2:file:" + path;
    }

    private static void insert(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < PEOPLE; i++) {
                ps.setString(1, idNumber(i));
                ps.setString(2, name(i));
                ps.setDate(3, java.sql.Date.valueOf(java.time.LocalDate.of(1960 + i % 40, 1 + i % 12, 1 + i % 28)));
                ps.setString(4, county(i));
                ps.setString(5, "139" + String.format("%08d", 5100000 + i));
                ps.setString(6, "HH" + (1000 + i / 2));
                ps.setInt(7, i);
                ps.setTimestamp(8, java.sql.Timestamp.valueOf("2026-05-01 08:30:00"));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static Map<String, Object> item(String code, String name, String dataType, String grade, String masking,
                                    boolean key) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("code", code);
        item.put("name", name);
        item.put("dataType", dataType);
        item.put("grade", grade);
        item.put("maskingRule", masking);
        item.put("key", key);
        return item;
    }

    /** Creates, mounts and publishes an entry of 公安局 on the given source table; returns its id. */
    long mountedEntry(String providerToken, long sourceId, String table) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "人口交换测试" + System.nanoTime());
        body.put("summary", "测试用人口信息，供交换网关测试。");
        body.put("classification", "101001");
        body.put("format", "DATABASE");
        body.put("shareType", "CONDITIONAL");
        body.put("shareCondition", "仅限政务服务事项办理中的身份核验。");
        body.put("shareMode", "API");
        body.put("openType", "NOT_OPEN");
        body.put("updateCycle", "DAILY");
        body.put("grade", "GENERAL_3");
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(item("id_number", "公民身份号码", "STRING", "GENERAL_3", "ID_CARD", true));
        items.add(item("name", "姓名", "STRING", "GENERAL_2", "NAME", false));
        items.add(item("birth_date", "出生日期", "DATE", "GENERAL_2", "NONE", false));
        items.add(item("county", "户籍区县", "STRING", "GENERAL_1", "NONE", false));
        items.add(item("mobile", "手机号码", "STRING", "GENERAL_3", "MOBILE", false));
        items.add(item("household", "户号", "STRING", "GENERAL_2", "HASH", false));
        items.add(item("score", "序号", "INTEGER", "GENERAL_1", "NONE", false));
        body.put("items", items);
        Response created = api.post("/api/v1/catalog", providerToken, body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("id_number", "sfzh");
        columns.put("name", "xm");
        columns.put("birth_date", "csrq");
        columns.put("county", "qx");
        columns.put("mobile", "sjhm");
        columns.put("household", "hh");
        columns.put("score", "fs");
        Map<String, Object> mount = new LinkedHashMap<>();
        mount.put("type", "TABLE");
        mount.put("dataSourceId", sourceId);
        mount.put("table", table);
        mount.put("keyColumn", "sfzh");
        mount.put("changeTimestampColumn", "gxsj");
        mount.put("columns", columns);
        Response mounted = api.put("/api/v1/catalog/" + id + "/mount", providerToken, mount);
        assertThat(mounted.status()).as(mounted.text()).isEqualTo(200);
        Response submitted = api.post("/api/v1/catalog/" + id + "/submit", providerToken,
                Map.of("confidentialityRiskAssessed", true, "personalInfoImpactAssessed", true, "approvedBy", "王局长"));
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        Response reviewed = api.post("/api/v1/catalog/" + id + "/review", operator,
                Map.of("approve", true, "comment", "同意发布"));
        assertThat(reviewed.status()).as(reviewed.text()).isEqualTo(200);
        return id;
    }

    long jdbcSource(String token, String name, String url, String user) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("type", "JDBC");
        body.put("jdbcUrl", url);
        body.put("username", user);
        body.put("password", "");
        Response r = api.post("/api/v1/datasources", token, body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.body().get("id").asLong();
    }

    /** A consumer app: its id, key and a fresh app token. */
    record App(long id, String key, String token) {
    }

    App app(String dataUserToken, List<String> allowedIps) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "交换测试应用" + System.nanoTime());
        body.put("description", "网关测试");
        body.put("allowedIps", allowedIps);
        Response r = api.post("/api/v1/apps", dataUserToken, body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        String key = r.body().get("appKey").asText();
        Response token = api.post("/api/v1/auth/token", null,
                Map.of("appKey", key, "appSecret", r.body().get("appSecret").asText()));
        assertThat(token.status()).as(token.text()).isEqualTo(200);
        return new App(r.body().get("id").asLong(), key, token.body().get("accessToken").asText());
    }

    /** Applies for the entry and has 公安局's approver approve with the given narrowing; returns the grant id. */
    long grant(String dataUserToken, String approverToken, long entryId, long appId, List<String> items,
               List<String> modes, Map<String, Object> approval) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entryId", entryId);
        body.put("items", items);
        body.put("purpose", "企业开办身份核验，免于提交身份证复印件");
        body.put("scenario", "企业开办一网通办");
        body.put("legalBasis", "《优化营商环境条例》第三十五条");
        body.put("accessModes", modes);
        body.put("appId", appId);
        Map<String, String> why = new LinkedHashMap<>();
        items.forEach(i -> why.put(i, "办理事项需要比对" + i));
        body.put("justifications", why);
        Response applied = api.post("/api/v1/applications", dataUserToken, body);
        assertThat(applied.status()).as(applied.text()).isEqualTo(201);
        long applicationId = applied.body().get("id").asLong();
        Response approved = api.post("/api/v1/applications/" + applicationId + "/approve", approverToken, approval);
        assertThat(approved.status()).as(approved.text()).isEqualTo(200);
        Response grants = api.get("/api/v1/grants?scope=mine&size=100", dataUserToken);
        for (var g : grants.body().get("content")) {
            if (g.get("applicationId").asLong() == applicationId) {
                return g.get("id").asLong();
            }
        }
        throw new AssertionError("no grant for application " + applicationId + ": " + grants.text());
    }
}
