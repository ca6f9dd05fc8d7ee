package org.govdx.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govdx.ApiClient.Response;
import org.govdx.IntegrationTest;
import org.govdx.quality.internal.QualityRuleSqlTest;
import org.govdx.source.internal.JdbcDriverPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Scans through the API on real PostgreSQL, MariaDB and H2 sources: every rule type with known counts,
 * masked samples, scores, multi-source comparison, and a source that times out.
 */
class QualityScanApiTest extends IntegrationTest {

    @Autowired
    JdbcDriverPolicy policy;

    @BeforeAll
    static void schema() throws Exception {
        try (Connection c = DriverManager.getConnection(QualityFixtures.PG_URL, "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + QualityFixtures.PG_SCHEMA);
        }
    }

    private static String table(String prefix) {
        return prefix + "_" + unique().toLowerCase();
    }

    private long testEntry(String token) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Object[] i : QualityRuleSqlTest.apiItems()) {
            items.add(QualityFixtures.item((String) i[0], "测试" + i[0], (String) i[1], (String) i[2], (Boolean) i[3]));
        }
        return QualityFixtures.createEntry(api, token, "质量测试" + unique(), "DAILY", items);
    }

    private static Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        QualityRuleSqlTest.apiItems().forEach(i -> columns.put((String) i[0], (String) i[0]));
        return columns;
    }

    /** Mounts the 20-row test table, states every rule type, scans, and checks each count. */
    private void everyRuleType(String url, String user, String jdbcUrlForApi, boolean maria) throws Exception {
        String gaj = tokenOf("gaj_catalog");
        String table = table("q_scan");
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            if (url.startsWith("jdbc:postgresql")) {
                try (Statement s = c.createStatement()) {
                    s.execute("SET search_path TO " + QualityFixtures.PG_SCHEMA);
                }
            }
            QualityRuleSqlTest.create(c, table, maria);
        }
        long entry = testEntry(gaj);
        long source = QualityFixtures.registerJdbc(api, gaj, "质量库" + unique(), jdbcUrlForApi, user);
        QualityFixtures.mount(api, gaj, entry, source, table, "row_id", "updated_at", columns());
        Response prefilled = api.get("/api/v1/quality/rules?entryId=" + entry, gaj);
        assertThat(prefilled.text()).as("a mounted entry starts with rules from its items")
                .contains("\"ruleType\":\"ID_CARD\"").contains("\"ruleType\":\"UNIQUE\"")
                .contains("\"ruleType\":\"CREDIT_CODE\"");
        QualityFixtures.clearRules(api, gaj, entry);
        Map<Long, Long> expected = new LinkedHashMap<>();
        for (Object[] r : QualityRuleSqlTest.apiRulesAndExpected()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> params = (Map<String, Object>) r[2];
            expected.put(QualityFixtures.rule(api, gaj, entry, (String) r[0], (String) r[1], params), (Long) r[3]);
        }
        JsonNode scan = QualityFixtures.scan(api, gaj, entry, null);
        assertThat(scan.get("status").asText()).as(scan.toString()).isEqualTo("SUCCEEDED");
        assertThat(scan.get("rowCount").asLong()).isEqualTo(20);
        expected.forEach((ruleId, failed) -> {
            JsonNode result = QualityFixtures.resultOf(scan, ruleId);
            assertThat(result.get("checkedRows").asLong()).isEqualTo(20);
            assertThat(result.get("failedRows").asLong()).as(result.toString()).isEqualTo(failed);
            assertThat(result.get("samples")).as(result.toString()).hasSize(failed.intValue());
            assertThat(result.get("dimension").asText()).isIn("COMPLETENESS", "ACCURACY");
        });
        JsonNode idCard = null;
        for (JsonNode r : scan.get("results")) {
            if (r.get("ruleType").asText().equals("ID_CARD")) {
                idCard = r;
            }
        }
        assertThat(idCard.get("itemCode").asText()).isEqualTo("id_no");
        List<String> keys = new ArrayList<>();
        idCard.get("samples").forEach(s -> keys.add(s.get("key").asText()));
        assertThat(keys).containsExactlyInAnyOrder("3", "5", "9");
        idCard.get("samples").forEach(s -> assertThat(s.get("values").get("id_no").asText()).contains("*"));
        assertThat(scan.toString()).as("samples are masked").doesNotContain("11010519491231002X");
        JsonNode scores = scan.get("scores");
        assertThat(scores.get("completeness").asDouble()).isBetween(80.0, 99.9);
        assertThat(scores.get("accuracy").asDouble()).isBetween(80.0, 99.9);
        assertThat(scores.get("overall").asDouble()).isBetween(80.0, 99.9);
        assertThat(scores.has("availability")).isTrue();
        assertThat(scores.has("timeliness")).isTrue();

        Response entryScores = api.get("/api/v1/quality/scores?entryId=" + entry, gaj);
        assertThat(entryScores.status()).as(entryScores.text()).isEqualTo(200);
        assertThat(entryScores.body().get("entries").get(0).get("scores").get("overall").asDouble())
                .isEqualTo(scores.get("overall").asDouble());
        assertThat(entryScores.body().get("trend")).isNotEmpty();
        Response issues = api.get("/api/v1/quality/issues?scope=provider&origin=RULE&entryId=" + entry, gaj);
        assertThat(issues.body().get("totalElements").asLong()).as("one issue per failing rule")
                .isEqualTo(expected.size());
        // a second scan updates the open issues instead of raising new ones
        JsonNode again = QualityFixtures.scan(api, gaj, entry, null);
        assertThat(again.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(api.get("/api/v1/quality/issues?scope=provider&origin=RULE&entryId=" + entry, gaj).body()
                .get("totalElements").asLong()).isEqualTo(expected.size());
    }

    @Test
    void everyRuleTypeOnPostgresql() throws Exception {
        everyRuleType(QualityFixtures.PG_URL, "postgres", QualityFixtures.PG_SOURCE_URL, false);
    }

    @Test
    void everyRuleTypeOnMariadb() throws Exception {
        everyRuleType(QualityFixtures.MARIA_URL, "root", QualityFixtures.MARIA_URL, true);
    }

    @Test
    void everyRuleTypeOnH2() throws Exception {
        Path dir = policy.demoDirectory("ZW-GAJ");
        Files.createDirectories(dir);
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("quality_" + unique().toLowerCase())
                + ";DATABASE_TO_LOWER=TRUE";
        everyRuleType(url, "sa", url, false);
    }

    @Test
    void aSourceThatTimesOutEndsTheScanFailedWithoutAScore() throws Exception {
        String gaj = tokenOf("gaj_catalog");
        String table = table("q_slow");
        try (Connection c = DriverManager.getConnection(QualityFixtures.PG_URL, "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + QualityFixtures.PG_SCHEMA);
            QualityRuleSqlTest.create(c, table, false);
        }
        long entry = testEntry(gaj);
        long source = QualityFixtures.registerJdbc(api, gaj, "慢库" + unique(), QualityFixtures.PG_SOURCE_URL, "postgres");
        QualityFixtures.mount(api, gaj, entry, source, table, "row_id", "updated_at", columns());
        try (Connection lock = DriverManager.getConnection(QualityFixtures.PG_URL, "postgres", "")) {
            lock.setAutoCommit(false);
            try (Statement s = lock.createStatement()) {
                // the table answers nothing while another session holds it
                s.execute("LOCK TABLE " + QualityFixtures.PG_SCHEMA + "." + table + " IN ACCESS EXCLUSIVE MODE");
            }
            long t0 = System.nanoTime();
            JsonNode scan = QualityFixtures.scan(api, gaj, entry, 2);
            assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(15_000);
            assertThat(scan.get("status").asText()).as(scan.toString()).isEqualTo("FAILED");
            assertThat(scan.get("failureCode").asText()).isEqualTo("SOURCE_TIMEOUT");
            assertThat(scan.get("failureReason").asText()).contains("2");
            assertThat(scan.get("scores").isNull()).isTrue();
            assertThat(scan.get("results")).isEmpty();
            assertThat(scan.toString()).doesNotContain("PSQL").doesNotContain("Exception");
            lock.rollback();
        }
        JsonNode later = QualityFixtures.scan(api, gaj, entry, null);
        assertThat(later.get("status").asText()).isEqualTo("SUCCEEDED");
        JsonNode availability = null;
        for (JsonNode r : later.get("results")) {
            if (r.get("ruleType").asText().equals("AVAILABILITY")) {
                availability = r;
            }
        }
        assertThat(availability).as(later.toString()).isNotNull();
        assertThat(availability.get("detail").get("failedChecks").asLong()).as("the timed-out check counts")
                .isEqualTo(1);
        assertThat(availability.get("ratio").asDouble()).isLessThan(1.0);
    }

    @Test
    void multiSourceVerificationCountsMatchedMismatchedAndMissing() throws Exception {
        String gaj = tokenOf("gaj_catalog");
        String mzj = tokenOf("mzj_catalog");
        String people = table("q_people");
        String marriage = table("q_marriage");
        try (Connection c = DriverManager.getConnection(QualityFixtures.PG_URL, "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + QualityFixtures.PG_SCHEMA + "." + people
                    + " (id_no VARCHAR(18) PRIMARY KEY, name VARCHAR(50))");
            for (int i = 0; i < 10; i++) {
                s.execute("INSERT INTO " + QualityFixtures.PG_SCHEMA + "." + people + " VALUES ('ID" + i + "', '姓名" + i + "')");
            }
        }
        try (Connection c = DriverManager.getConnection(QualityFixtures.MARIA_URL, "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + marriage + " (cert_no VARCHAR(20) PRIMARY KEY, man_id VARCHAR(18), man_name VARCHAR(50))"
                    + " DEFAULT CHARSET=utf8mb4");
            // 5 agree, 2 name differently (ID5, ID6), 1 is unknown to 公安局 (ID99)
            String[][] rows = {{"ID0", "姓名0"}, {"ID1", "姓名1"}, {"ID2", "姓名2"}, {"ID3", "姓名3"}, {"ID4", "姓名4"},
                {"ID5", "别名5"}, {"ID6", "姓 名6"}, {"ID99", "外地人"}};
            for (int i = 0; i < rows.length; i++) {
                s.execute("INSERT INTO " + marriage + " VALUES ('C" + i + "', '" + rows[i][0] + "', '" + rows[i][1] + "')");
            }
        }
        long peopleEntry = QualityFixtures.createEntry(api, gaj, "人口多源" + unique(), "DAILY", List.of(
                QualityFixtures.item("id_no", "公民身份号码", "STRING", "NONE", true),
                QualityFixtures.item("name", "姓名", "STRING", "NAME", false)));
        QualityFixtures.mount(api, gaj, peopleEntry, QualityFixtures.registerJdbc(api, gaj, "人口" + unique(),
                QualityFixtures.PG_SOURCE_URL, "postgres"), people, "id_no", null, Map.of("id_no", "id_no", "name", "name"));
        long marriageEntry = QualityFixtures.createEntry(api, mzj, "婚姻多源" + unique(), "DAILY", List.of(
                QualityFixtures.item("cert_no", "证号", "STRING", "NONE", true),
                QualityFixtures.item("man_id", "男方身份号码", "STRING", "NONE", false),
                QualityFixtures.item("man_name", "男方姓名", "STRING", "NAME", false)));
        QualityFixtures.mount(api, mzj, marriageEntry, QualityFixtures.registerJdbc(api, mzj, "婚姻" + unique(),
                QualityFixtures.MARIA_URL, "root"), marriage, "cert_no", null,
                Map.of("cert_no", "cert_no", "man_id", "man_id", "man_name", "man_name"));
        QualityFixtures.clearRules(api, mzj, marriageEntry);
        long multi = QualityFixtures.rule(api, mzj, marriageEntry, "MULTI_SOURCE", "man_name", Map.of("keyItem", "man_id",
                "otherEntryId", peopleEntry, "otherKeyItem", "id_no", "otherItem", "name"));
        long ref = QualityFixtures.rule(api, mzj, marriageEntry, "REFERENTIAL", "man_id", Map.of("refEntryId", peopleEntry,
                "refItem", "id_no"));
        JsonNode scan = QualityFixtures.scan(api, mzj, marriageEntry, null);
        assertThat(scan.get("status").asText()).as(scan.toString()).isEqualTo("SUCCEEDED");
        JsonNode m = QualityFixtures.resultOf(scan, multi);
        assertThat(m.get("detail").get("matched").asLong()).isEqualTo(5);
        assertThat(m.get("detail").get("mismatched").asLong()).isEqualTo(2);
        assertThat(m.get("detail").get("missingInOther").asLong()).isEqualTo(1);
        assertThat(m.get("detail").get("missingHere").asLong()).isEqualTo(3);
        assertThat(m.get("failedRows").asLong()).isEqualTo(2);
        assertThat(m.get("checkedRows").asLong()).isEqualTo(7);
        assertThat(m.get("samples")).hasSize(2);
        assertThat(m.toString()).as("names masked").doesNotContain("别名5");
        JsonNode r = QualityFixtures.resultOf(scan, ref);
        assertThat(r.get("failedRows").asLong()).isEqualTo(1);
        assertThat(r.get("checkedRows").asLong()).isEqualTo(8);

        Response bad = api.post("/api/v1/quality/rules", mzj, Map.of("entryId", marriageEntry, "ruleType", "MULTI_SOURCE",
                "itemCode", "man_name", "params", Map.of("keyItem", "nope", "otherEntryId", peopleEntry,
                        "otherKeyItem", "id_no", "otherItem", "missing")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text()).contains("params.keyItem").contains("params.otherItem");
        assertThat(api.post("/api/v1/quality/rules", gaj, Map.of("entryId", marriageEntry, "ruleType", "NOT_NULL",
                "itemCode", "man_name")).status()).as("another provider's entry").isEqualTo(403);
    }

    @Test
    void badRulesAreRefusedWithFieldErrors() {
        String gaj = tokenOf("gaj_catalog");
        long entry = testEntry(gaj);
        Response notMounted = api.post("/api/v1/quality/rules", gaj, Map.of("entryId", entry, "ruleType", "NOT_NULL",
                "itemCode", "name"));
        assertThat(notMounted.status()).isEqualTo(409);
        assertThat(notMounted.body().get("code").asText()).isEqualTo("QUALITY_NOT_MOUNTED");
        Response missing = api.post("/api/v1/quality/rules", gaj, Map.of());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(api.post("/api/v1/quality/scans", gaj, Map.of("entryId", entry)).status()).isEqualTo(409);
        assertThat(api.get("/api/v1/quality/scores?period=year", gaj).status()).isEqualTo(400);
        Response mine = api.get("/api/v1/quality/scores?period=quarter", gaj);
        assertThat(mine.status()).as(mine.text()).isEqualTo(200);
        assertThat(mine.body().get("period").asText()).isEqualTo("quarter");
    }
}
