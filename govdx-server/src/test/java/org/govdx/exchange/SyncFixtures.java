package org.govdx.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govdx.ApiClient;
import org.govdx.ApiClient.Response;
import org.govdx.common.IdCardNumber;
import org.govdx.sharing.SharingFixtures;
import tools.jackson.databind.JsonNode;

/**
 * A provider table in the local PostgreSQL (schema {@value #SRC_SCHEMA}), its published and mounted
 * entry, an approved bulk grant to 审批服务管理局's app, and target data sources registered by that
 * org in PostgreSQL (schema {@value #TGT_SCHEMA}) and MariaDB — all through the real API.
 */
final class SyncFixtures {

    static final String PG = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String MARIA = "jdbc:mariadb://127.0.0.1:3306/test";
    static final String SRC_SCHEMA = "govdx_sync_src";
    static final String TGT_SCHEMA = "govdx_sync_tgt";
    static final String[] COUNTIES = {"沙坡头区", "中宁县", "海原县"};

    /** What a test syncs: the source table, the entry, the grant and the consumer's targets. */
    record Setup(String sourceTable, long entryId, long appId, long grantId, long pgTarget, long mariaTarget) {
    }

    private final ApiClient api;
    private final String operator;
    private final String providerCatalog;
    private final String providerApprover;
    private final String consumerUser;
    private final String consumerCatalog;

    SyncFixtures(ApiClient api, String operator, String providerCatalog, String providerApprover,
                 String consumerUser, String consumerCatalog) {
        this.api = api;
        this.operator = operator;
        this.providerCatalog = providerCatalog;
        this.providerApprover = providerApprover;
        this.consumerUser = consumerUser;
        this.consumerCatalog = consumerCatalog;
    }

    static void schemas() throws SQLException {
        execute(PG, "CREATE SCHEMA IF NOT EXISTS " + SRC_SCHEMA);
        execute(PG, "CREATE SCHEMA IF NOT EXISTS " + TGT_SCHEMA);
    }

    static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, url.contains("mariadb") ? "root" : "postgres", "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static long count(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, url.contains("mariadb") ? "root" : "postgres", "");
             Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Rows of a query as maps, column label (lower case) → value. */
    static List<Map<String, Object>> rows(String url, String sql) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, url.contains("mariadb") ? "root" : "postgres", "");
             Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(), rs.getObject(i));
                }
                out.add(row);
            }
        }
        return out;
    }

    static String idNumber(int i) {
        return IdCardNumber.complete(String.format("640502%04d%02d%02d%03d", 1950 + i % 50, 1 + i % 12, 1 + i % 28,
                i % 1000));
    }

    /** Creates {@code govdx_sync_src.<table>} with {@code rows} residents, ids 1..rows, county by id % 3. */
    static void sourceTable(String table, int rows) throws SQLException {
        try (Connection c = DriverManager.getConnection(PG, "postgres", "")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE " + SRC_SCHEMA + "." + table + " (rid BIGINT PRIMARY KEY, sfzh VARCHAR(18), "
                        + "xm VARCHAR(50), xq VARCHAR(20), nsr NUMERIC(12,2), csrq DATE, sfjz BOOLEAN, gxsj TIMESTAMP)");
            }
            insert(c, table, 1, rows);
        }
    }

    static void insert(Connection c, String table, int from, int to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + SRC_SCHEMA + "." + table
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = from; i <= to; i++) {
                ps.setLong(1, i);
                ps.setString(2, idNumber(i));
                ps.setString(3, "张" + (char) ('甲' + i % 10) + i);
                ps.setString(4, COUNTIES[i % 3]);
                ps.setBigDecimal(5, new BigDecimal("1000.50").add(BigDecimal.valueOf(i)));
                ps.setDate(6, java.sql.Date.valueOf(LocalDate.of(1960 + i % 40, 1 + i % 12, 1 + i % 28)));
                ps.setBoolean(7, i % 5 != 0);
                ps.setTimestamp(8, Timestamp.valueOf(LocalDateTime.of(2024, 5, 1, 8, 30)));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static Map<String, Object> item(String code, String name, String type, Integer length, String rule,
                                            boolean key) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("code", code);
        item.put("name", name);
        item.put("dataType", type);
        item.put("length", length);
        item.put("grade", "GENERAL_2");
        item.put("maskingRule", rule);
        item.put("key", key);
        return item;
    }

    /**
     * Publishes an entry mounted on the table, has the consumer apply for bulk use and the provider
     * approve with the row filter and plain items given; registers the consumer's targets.
     */
    Setup setUp(String table, Map<String, String> rowFilter, List<String> plainItems, List<String> items)
            throws SQLException {
        return setUp(table, rowFilter, plainItems, items, List.of(), Map.of());
    }

    /** Like {@link #setUp(String, Map, List, List)} with more items mounted on more columns. */
    Setup setUp(String table, Map<String, String> rowFilter, List<String> plainItems, List<String> items,
                List<Map<String, Object>> extraItems, Map<String, String> extraColumns) throws SQLException {
        Map<String, Object> entry = new LinkedHashMap<>();
        String suffix = table.substring(table.lastIndexOf('_') + 1);
        entry.put("name", "同步测试人口" + suffix);
        entry.put("summary", "库表交换测试用的户籍人口信息。");
        entry.put("classification", "101001");
        entry.put("format", "DATABASE");
        entry.put("shareType", "CONDITIONAL");
        entry.put("shareCondition", "仅限政务服务事项办理使用。");
        entry.put("shareMode", "API");
        entry.put("openType", "NOT_OPEN");
        entry.put("updateCycle", "DAILY");
        entry.put("grade", "GENERAL_3");
        List<Map<String, Object>> entryItems = new ArrayList<>(List.of(
                item("rid", "记录号", "INTEGER", null, "NONE", true),
                item("id_number", "公民身份号码", "STRING", 18, "ID_CARD", false),
                item("name", "姓名", "STRING", 50, "NAME", false),
                item("county", "户籍区县", "STRING", 20, "NONE", false),
                item("income", "年收入", "DECIMAL", null, "NONE", false),
                item("birth_date", "出生日期", "DATE", null, "NONE", false),
                item("alive", "是否健在", "BOOLEAN", null, "NONE", false)));
        entryItems.addAll(extraItems);
        entry.put("items", entryItems);
        Response created = api.post("/api/v1/catalog", providerCatalog, entry);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long entryId = created.body().get("id").asLong();

        long source = register(providerCatalog, "同步源" + suffix, PG + "?currentSchema=" + SRC_SCHEMA, "postgres");
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("rid", "rid");
        columns.put("id_number", "sfzh");
        columns.put("name", "xm");
        columns.put("county", "xq");
        columns.put("income", "nsr");
        columns.put("birth_date", "csrq");
        columns.put("alive", "sfjz");
        columns.putAll(extraColumns);
        Map<String, Object> mount = new LinkedHashMap<>();
        mount.put("type", "TABLE");
        mount.put("dataSourceId", source);
        mount.put("table", table);
        mount.put("keyColumn", "rid");
        mount.put("changeTimestampColumn", "gxsj");
        mount.put("columns", columns);
        Response mounted = api.put("/api/v1/catalog/" + entryId + "/mount", providerCatalog, mount);
        assertThat(mounted.status()).as(mounted.text()).isEqualTo(200);
        Response submitted = api.post("/api/v1/catalog/" + entryId + "/submit", providerCatalog,
                Map.of("confidentialityRiskAssessed", true, "personalInfoImpactAssessed", true, "approvedBy", "王局长"));
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        Response reviewed = api.post("/api/v1/catalog/" + entryId + "/review", operator,
                Map.of("approve", true, "comment", "同意发布"));
        assertThat(reviewed.status()).as(reviewed.text()).isEqualTo(200);

        long appId = new SharingFixtures(api, operator).app(consumerUser, "库表同步" + suffix);
        Response applied = api.post("/api/v1/applications", consumerUser,
                SharingFixtures.application(entryId, appId, items, List.of("BULK")));
        assertThat(applied.status()).as(applied.text()).isEqualTo(201);
        Map<String, Object> approval = new LinkedHashMap<>();
        approval.put("rowFilter", rowFilter);
        approval.put("plainItems", plainItems);
        approval.put("comment", "同意按日同步");
        Response approved = api.post("/api/v1/applications/" + applied.body().get("id").asLong() + "/approve",
                providerApprover, approval);
        assertThat(approved.status()).as(approved.text()).isEqualTo(200);
        long grantId = approved.body().get("grantId").asLong();

        long pgTarget = register(consumerCatalog, "同步目标PG" + suffix, PG + "?currentSchema=" + TGT_SCHEMA, "postgres");
        long mariaTarget = register(consumerCatalog, "同步目标MariaDB" + suffix, MARIA, "root");
        return new Setup(table, entryId, appId, grantId, pgTarget, mariaTarget);
    }

    /** Registers another target database of the consumer org. */
    long registerTarget(String name, String url, String user) {
        return register(consumerCatalog, name, url, user);
    }

    private long register(String token, String name, String url, String user) {
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

    /** Creates a job as the consumer's data user. */
    long job(long grantId, long target, String table, String mode, Integer batchSize) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("grantId", grantId);
        body.put("targetDataSourceId", target);
        body.put("targetTable", table);
        body.put("mode", mode);
        body.put("batchSize", batchSize);
        Response r = api.post("/api/v1/sync-jobs", consumerUser, body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.body().get("id").asLong();
    }

    /** Starts a run and waits until the job has {@code runs} finished runs; returns the newest. */
    JsonNode runAndWait(long jobId, int runs) throws InterruptedException {
        Response started = api.post("/api/v1/sync-jobs/" + jobId + "/run", consumerUser, Map.of());
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        return awaitRuns(jobId, runs);
    }

    JsonNode awaitRuns(long jobId, int runs) throws InterruptedException {
        return awaitRuns(jobId, runs, Duration.ofSeconds(60));
    }

    JsonNode awaitRuns(long jobId, int runs, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode content = api.get("/api/v1/sync-jobs/" + jobId + "/runs", consumerUser).body().get("content");
            int finished = 0;
            for (JsonNode run : content) {
                if (!"RUNNING".equals(run.get("status").asText())) {
                    finished++;
                }
            }
            if (finished >= runs && !api.get("/api/v1/sync-jobs/" + jobId, consumerUser).body().hasNonNull("running")) {
                return content.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("sync job " + jobId + " did not finish " + runs + " runs");
    }
}
