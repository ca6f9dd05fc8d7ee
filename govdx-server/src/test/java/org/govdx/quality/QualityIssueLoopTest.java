package org.govdx.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.govdx.ApiClient.Response;
import org.govdx.IntegrationTest;
import org.govdx.common.LedgerFact;
import org.govdx.common.WorkingDays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import tools.jackson.databind.JsonNode;

/**
 * The closed loop: a consumer's error report answered, rejected, contested and decided by the operator;
 * a correction confirmed by the reporter; a rule-raised issue confirmed by a passing re-scan.
 */
class QualityIssueLoopTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    WorkingDays calendar;

    private final List<LedgerFact> facts = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void schema() throws Exception {
        try (Connection c = DriverManager.getConnection(QualityFixtures.PG_URL, "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + QualityFixtures.PG_SCHEMA);
        }
    }

    @BeforeEach
    void recordFacts() {
        ((ConfigurableApplicationContext) context).addApplicationListener(
                (PayloadApplicationEvent<?> e) -> {
                    if (e.getPayload() instanceof LedgerFact f && f.type().startsWith("QUALITY_ISSUE_")) {
                        facts.add(f);
                    }
                });
    }

    /** A published entry of 公安局 mounted on a small PostgreSQL table: 4 people, one with a bad ID number. */
    private long[] publishedEntry(String gaj) throws Exception {
        String table = "q_loop_" + unique().toLowerCase();
        try (Connection c = DriverManager.getConnection(QualityFixtures.PG_URL, "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + QualityFixtures.PG_SCHEMA + "." + table
                    + " (id_no VARCHAR(18) PRIMARY KEY, name VARCHAR(50))");
            s.execute("INSERT INTO " + QualityFixtures.PG_SCHEMA + "." + table + " VALUES ('11010519491231002X', '张三'),"
                    + " ('110105194912310021', '李四'), ('" + org.govdx.common.IdCardNumber.complete("64050219800101001")
                    + "', '王五'), ('" + org.govdx.common.IdCardNumber.complete("64050219800101002") + "', '赵六')");
        }
        long entry = QualityFixtures.createEntry(api, gaj, "纠错测试" + unique(), "DAILY", List.of(
                QualityFixtures.item("id_no", "公民身份号码", "STRING", "ID_CARD", true),
                QualityFixtures.item("name", "姓名", "STRING", "NAME", false)));
        QualityFixtures.publish(api, gaj, tokenOf("operator"), entry);
        QualityFixtures.mount(api, gaj, entry, QualityFixtures.registerJdbc(api, gaj, "纠错库" + unique(),
                QualityFixtures.PG_SOURCE_URL, "postgres"), table, "id_no", null, Map.of("id_no", "id_no", "name", "name"));
        return new long[] {entry, table.hashCode()};
    }

    private Response act(long issue, String transition, String token, String comment) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (comment != null) {
            body.put("comment", comment);
        }
        return api.post("/api/v1/quality/issues/" + issue + "/" + transition, token, body);
    }

    private static String status(Response r) {
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.body().get("status").asText();
    }

    private long report(String token, long entry, String key) {
        Response r = api.post("/api/v1/quality/issues", token, Map.of("entryId", entry, "recordKey", key,
                "itemCode", "name", "description", "姓名与户籍登记不一致"));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        assertThat(r.body().get("status").asText()).isEqualTo("REPORTED");
        assertThat(r.body().get("origin").asText()).isEqualTo("REPORT");
        return r.body().get("id").asLong();
    }

    @Test
    void aRejectedReportIsContestedAndTheOperatorDecides() throws Exception {
        String gaj = tokenOf("gaj_catalog");
        String spj = tokenOf("spj_user");
        String operator = tokenOf("operator");
        long entry = publishedEntry(gaj)[0];

        Response invalid = api.post("/api/v1/quality/issues", spj, Map.of("entryId", entry, "itemCode", "nope"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.text()).contains("requestId").contains("itemCode").contains("description");

        long id = report(spj, entry, "11010519491231002X");
        JsonNode created = api.get("/api/v1/quality/issues/" + id, spj).body();
        assertThat(LocalDate.parse(created.get("dueDate").asText()))
                .isEqualTo(calendar.plusWorkingDays(calendar.today(java.time.Clock.systemUTC()), 10));
        assertThat(created.get("actions").toString()).doesNotContain("acknowledge");
        assertThat(act(id, "acknowledge", spj, null).status()).as("only the provider acknowledges").isEqualTo(403);
        assertThat(api.get("/api/v1/quality/issues/" + id, tokenOf("scjgj_catalog")).status()).isEqualTo(404);
        Response inbox = api.get("/api/v1/notifications", gaj);
        assertThat(inbox.text()).contains("QUALITY_ISSUE_REPORTED");

        assertThat(status(act(id, "acknowledge", gaj, "已受理"))).isEqualTo("ACKNOWLEDGED");
        assertThat(act(id, "confirm", spj, null).status()).as("nothing to confirm yet").isEqualTo(409);
        assertThat(status(act(id, "investigate", gaj, null))).isEqualTo("INVESTIGATING");
        assertThat(act(id, "reject", gaj, null).status()).as("a rejection states why").isEqualTo(400);
        assertThat(status(act(id, "reject", gaj, "经核对户籍档案，姓名无误"))).isEqualTo("REJECTED");
        assertThat(api.get("/api/v1/notifications", spj).text()).contains("QUALITY_ISSUE_REJECT");
        assertThat(act(id, "uphold", operator, "x").status()).as("not contested yet").isEqualTo(409);
        assertThat(status(act(id, "contest", spj, "申请人提供了更名证明"))).isEqualTo("CONTESTED");
        assertThat(api.get("/api/v1/notifications", operator).text()).contains("QUALITY_ISSUE_CONTEST");
        assertThat(act(id, "uphold", gaj, "x").status()).as("only the operator decides").isEqualTo(403);
        Response upheld = act(id, "uphold", operator, "更名证明不足以推翻户籍登记");
        assertThat(status(upheld)).isEqualTo("CLOSED");
        List<String> steps = new ArrayList<>();
        upheld.body().get("history").forEach(h -> {
            steps.add(h.get("transition").asText());
            assertThat(h.get("actor").asText()).isNotBlank();
            assertThat(h.get("occurredAt").asText()).isNotBlank();
        });
        assertThat(steps).containsExactly("REPORT", "ACKNOWLEDGE", "INVESTIGATE", "REJECT", "CONTEST", "UPHOLD");
        assertThat(upheld.body().get("rejectReason").asText()).isEqualTo("经核对户籍档案，姓名无误");
        assertThat(facts.stream().filter(f -> f.keys().get("issueId").equals(id)).map(LedgerFact::type).toList())
                .containsExactly("QUALITY_ISSUE_REPORT", "QUALITY_ISSUE_ACKNOWLEDGE", "QUALITY_ISSUE_INVESTIGATE",
                        "QUALITY_ISSUE_REJECT", "QUALITY_ISSUE_CONTEST", "QUALITY_ISSUE_UPHOLD");

        // overturned: the provider must correct, the reporter confirms
        long second = report(spj, entry, "110105194912310021");
        assertThat(status(act(second, "reject", gaj, "不是错误"))).isEqualTo("REJECTED");
        assertThat(status(act(second, "contest", spj, "确有错误"))).isEqualTo("CONTESTED");
        assertThat(status(act(second, "overturn", operator, "请提供方纠正"))).isEqualTo("INVESTIGATING");
        assertThat(status(act(second, "correct", gaj, "已按户籍档案更正姓名"))).isEqualTo("CORRECTED");
        assertThat(status(act(second, "confirm", spj, "已核对"))).isEqualTo("CONFIRMED");
        Response closed = act(second, "close", spj, null);
        assertThat(status(closed)).isEqualTo("CLOSED");
        assertThat(closed.body().get("resolution").asText()).isEqualTo("已按户籍档案更正姓名");

        Response board = api.get("/api/v1/quality/issues?scope=reporter&origin=REPORT", spj);
        assertThat(board.text()).contains("\"id\":" + id).contains("\"id\":" + second);
        assertThat(api.get("/api/v1/quality/issues?scope=all", spj).status()).isEqualTo(403);
        Response stats = api.get("/api/v1/quality/issues/stats", operator);
        assertThat(stats.status()).isEqualTo(200);
        assertThat(stats.text()).contains("ZW-GAJ");
    }

    @Test
    void aRuleRaisedIssueIsConfirmedByAPassingRescan() throws Exception {
        String gaj = tokenOf("gaj_catalog");
        long entry = publishedEntry(gaj)[0];
        QualityFixtures.clearRules(api, gaj, entry);
        long rule = QualityFixtures.rule(api, gaj, entry, "ID_CARD", "id_no", Map.of());
        JsonNode scan = QualityFixtures.scan(api, gaj, entry, null);
        assertThat(QualityFixtures.resultOf(scan, rule).get("failedRows").asLong()).isEqualTo(1);
        Response issues = api.get("/api/v1/quality/issues?scope=provider&origin=RULE&entryId=" + entry, gaj);
        assertThat(issues.body().get("totalElements").asLong()).isEqualTo(1);
        JsonNode issue = issues.body().get("content").get(0);
        long id = issue.get("id").asLong();
        assertThat(issue.get("ruleId").asLong()).isEqualTo(rule);
        assertThat(issue.get("status").asText()).isEqualTo("REPORTED");
        assertThat(api.get("/api/v1/quality/issues?scope=all&overdue=true", tokenOf("operator")).status()).isEqualTo(200);
        assertThat(status(act(id, "acknowledge", gaj, null))).isEqualTo("ACKNOWLEDGED");
        assertThat(status(act(id, "correct", gaj, "已更正校验位错误的身份号码"))).isEqualTo("CORRECTED");

        String table = api.get("/api/v1/catalog/" + entry + "/mount", gaj).body().get("table").asText();
        // the provider removes the record with the wrong check character
        try (Connection c = DriverManager.getConnection(QualityFixtures.PG_URL, "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("DELETE FROM " + QualityFixtures.PG_SCHEMA + "." + table + " WHERE id_no = '110105194912310021'");
        }
        JsonNode rescan = QualityFixtures.scan(api, gaj, entry, null);
        assertThat(QualityFixtures.resultOf(rescan, rule).get("failedRows").asLong()).isZero();
        JsonNode after = api.get("/api/v1/quality/issues/" + id, gaj).body();
        assertThat(after.get("status").asText()).isEqualTo("CLOSED");
        List<String> steps = new ArrayList<>();
        after.get("history").forEach(h -> steps.add(h.get("transition").asText() + ":" + h.get("actor").asText()));
        assertThat(steps).containsExactly("REPORT:system", "ACKNOWLEDGE:gaj_catalog", "CORRECT:gaj_catalog",
                "CONFIRM:system", "CLOSE:system");
        // a new failure opens a new issue: the old one is closed
        try (Connection c = DriverManager.getConnection(QualityFixtures.PG_URL, "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO " + QualityFixtures.PG_SCHEMA + "." + table + " VALUES ('110105194912310021', '李四')");
        }
        QualityFixtures.scan(api, gaj, entry, null);
        assertThat(api.get("/api/v1/quality/issues?scope=provider&origin=RULE&entryId=" + entry, gaj).body()
                .get("totalElements").asLong()).isEqualTo(2);
    }
}
