package org.govdx.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govdx.sharing.SharingFixtures.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.govdx.ApiClient.Response;
import org.govdx.IntegrationTest;
import org.govdx.common.WorkingDays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The sharing rules end to end over HTTP: 公安局 provides, 审批服务管理局 applies. */
class SharingApiTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkingDays calendar;
    @Autowired
    Grants grants;

    private String spj;
    private String gaj;
    private String operator;
    private SharingFixtures fixtures;
    private long app;

    @BeforeEach
    void setUp() {
        spj = tokenOf("spj_user");
        gaj = tokenOf("gaj_approver");
        operator = tokenOf("operator");
        fixtures = new SharingFixtures(api, operator);
        app = fixtures.app(spj, "企业开办" + unique());
    }

    private LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private long entry(String shareType) {
        return fixtures.publish(tokenOf("gaj_catalog"), "人口测试" + unique(), shareType);
    }

    private Response apply(long entryId, List<String> items, List<String> modes) {
        return api.post("/api/v1/applications", spj, application(entryId, app, items, modes));
    }

    private long pending() {
        Response r = apply(entry("CONDITIONAL"), List.of("id_number", "name", "gender"), List.of("VERIFY", "API"));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        assertThat(r.body().get("status").asText()).isEqualTo("PENDING");
        return r.body().get("id").asLong();
    }

    @Test
    void unconditionalIsGrantedAtOnce() {
        long entryId = entry("UNCONDITIONAL");
        Response r = apply(entryId, List.of("name", "gender"), List.of("API"));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        assertThat(r.body().get("status").asText()).isEqualTo("APPROVED");
        assertThat(r.body().get("number").asText()).matches("SQ\\d{8}-\\d{6}");
        assertThat(r.body().get("decidedBy").asText()).isEqualTo("system");
        long grantId = r.body().get("grantId").asLong();
        Response grant = api.get("/api/v1/grants/" + grantId, spj);
        assertThat(grant.body().get("status").asText()).isEqualTo("ACTIVE");
        assertThat(grant.body().get("appId").asLong()).isEqualTo(app);
        assertThat(grant.body().get("entryId").asLong()).isEqualTo(entryId);
        assertThat(grants.checkAccess(app, entryId, AccessMode.API)).isPresent();
        assertThat(grants.checkAccess(app, entryId, AccessMode.BULK)).as("mode not granted").isEmpty();
    }

    @Test
    void conditionalWaitsForTheProviderWithATenWorkingDayDeadline() {
        Response r = apply(entry("CONDITIONAL"), List.of("id_number", "name"), List.of("VERIFY"));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        assertThat(r.body().get("status").asText()).isEqualTo("PENDING");
        assertThat(r.body().get("deadline").asText()).isEqualTo(calendar.plusWorkingDays(today(), 10).toString());
        assertThat(r.body().get("overdue").asBoolean()).isFalse();
        long id = r.body().get("id").asLong();
        Response queue = api.get("/api/v1/applications/queue", gaj);
        assertThat(ids(queue.body())).contains(id);
        assertThat(api.get("/api/v1/applications/" + id, tokenOf("mzj_user")).status()).as("other org").isEqualTo(404);
    }

    @Test
    void notSharedIsRefusedNamingReasonAndBasisUnlessTheOperatorCoordinates() {
        long entryId = entry("NONE");
        Response refused = apply(entryId, List.of("name"), List.of("API"));
        assertThat(refused.status()).as(refused.text()).isEqualTo(409);
        assertThat(refused.body().get("code").asText()).isEqualTo("ENTRY_NOT_SHARED");
        assertThat(refused.body().get("detail").asText()).contains("涉及个人敏感信息").contains("个人信息保护法");

        long spjOrg = api.get("/api/v1/me", spj).body().get("orgId").asLong();
        Response opened = api.post("/api/v1/applications/coordinations", operator,
                Map.of("entryId", entryId, "consumerOrgId", spjOrg, "note", "一网通办确需"));
        assertThat(opened.status()).as(opened.text()).isEqualTo(204);
        Response coordinating = apply(entryId, List.of("name"), List.of("API"));
        assertThat(coordinating.status()).as(coordinating.text()).isEqualTo(201);
        assertThat(coordinating.body().get("status").asText()).isEqualTo("COORDINATING");
        long id = coordinating.body().get("id").asLong();
        Response proceed = api.post("/api/v1/applications/" + id + "/coordinate", operator,
                Map.of("proceed", true, "comment", "协调同意，由提供方审批"));
        assertThat(proceed.body().get("status").asText()).isEqualTo("PENDING");
        assertThat(proceed.body().get("deadline").asText()).isEqualTo(calendar.plusWorkingDays(today(), 10).toString());
    }

    @Test
    void everyProblemIsListedAtOnceAndLevelThreeItemsNeedJustification() {
        long entryId = entry("CONDITIONAL");
        Map<String, Object> body = new java.util.LinkedHashMap<>(application(entryId, app,
                List.of("id_number", "nope"), List.of("VERIFY", "FAX")));
        body.put("justifications", Map.of());
        body.put("purpose", "");
        body.put("validUntil", today().plusYears(2).toString());
        Response r = api.post("/api/v1/applications", spj, body);
        assertThat(r.status()).as(r.text()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        r.body().get("errors").forEach(e -> fields.add(e.get("field").asText() + ":" + e.get("code").asText()));
        assertThat(fields).contains("justifications.id_number:JUSTIFICATION_REQUIRED", "items:ITEM_NOT_IN_ENTRY",
                "accessModes:INVALID_ACCESS_MODE", "purpose:REQUIRED", "validUntil:VALID_UNTIL_TOO_FAR");

        long otherApp = fixtures.app(tokenOf("mzj_user"), "民政应用" + unique());
        Response foreignApp = api.post("/api/v1/applications", spj,
                application(entryId, otherApp, List.of("name"), List.of("API")));
        assertThat(foreignApp.status()).isEqualTo(400);
        assertThat(foreignApp.text()).contains("APP_NOT_OF_ORG");

        Response defaults = apply(entryId, List.of("name"), List.of("API"));
        assertThat(defaults.body().get("validUntil").asText()).isEqualTo(today().plusYears(1).toString());
    }

    @Test
    void returnListsEveryMissingPointOnceAndResubmissionRestartsTheClock() {
        long id = pending();
        assertThat(api.post("/api/v1/applications/" + id + "/return", gaj, Map.of("missing", List.of()))
                .status()).isEqualTo(400);
        Response returned = api.post("/api/v1/applications/" + id + "/return", gaj,
                Map.of("missing", List.of("请补充法律依据的具体条款", "请说明性别信息项的用途")));
        assertThat(returned.status()).as(returned.text()).isEqualTo(200);
        assertThat(returned.body().get("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.body().get("returnedPoints")).hasSize(2);
        assertThat(api.post("/api/v1/applications/" + id + "/approve", gaj, Map.of()).status())
                .as("no decision while returned").isEqualTo(409);

        // the application was filed long ago: the restarted clock counts from the resubmission
        jdbc.sql("UPDATE sharing_application SET clock_start = ? WHERE id = ?")
                .params(java.sql.Date.valueOf(today().minusDays(30)), id).update();
        Response resubmitted = api.post("/api/v1/applications/" + id + "/resubmit", spj,
                Map.of("legalBasis", "《优化营商环境条例》第三十五条第二款", "items", List.of("id_number", "name")));
        assertThat(resubmitted.status()).as(resubmitted.text()).isEqualTo(200);
        assertThat(resubmitted.body().get("status").asText()).isEqualTo("PENDING");
        assertThat(resubmitted.body().get("clockStart").asText()).isEqualTo(today().toString());
        assertThat(resubmitted.body().get("deadline").asText())
                .isEqualTo(calendar.plusWorkingDays(today(), 10).toString());
        assertThat(resubmitted.body().get("items")).hasSize(2);

        Response again = api.post("/api/v1/applications/" + id + "/return", gaj, Map.of("missing", List.of("再补")));
        assertThat(again.status()).as("returned only once").isEqualTo(409);
        assertThat(again.body().get("code").asText()).isEqualTo("ALREADY_RETURNED_ONCE");
    }

    @Test
    void extensionIsAskedOnceAndTakesEffectOnlyWithTheOperatorsConsent() {
        long id = pending();
        String deadline = api.get("/api/v1/applications/" + id, gaj).body().get("deadline").asText();
        Response asked = api.post("/api/v1/applications/" + id + "/extend", gaj,
                Map.of("days", 5, "reason", "需会同数据所在科室核实"));
        assertThat(asked.status()).as(asked.text()).isEqualTo(200);
        assertThat(asked.body().get("extensionStatus").asText()).isEqualTo("REQUESTED");
        assertThat(asked.body().get("deadline").asText()).as("not yet effective").isEqualTo(deadline);
        assertThat(api.post("/api/v1/applications/" + id + "/extend", gaj, Map.of("days", 3, "reason", "再延"))
                .status()).as("once").isEqualTo(409);
        assertThat(api.post("/api/v1/applications/" + id + "/extend", gaj, Map.of("days", 11, "reason", "x"))
                .status()).isEqualTo(400);
        assertThat(ids(api.get("/api/v1/applications/overdue", operator).body())).doesNotContain(id);

        Response consented = api.post("/api/v1/applications/" + id + "/extend/approve", operator, Map.of());
        assertThat(consented.status()).as(consented.text()).isEqualTo(200);
        assertThat(consented.body().get("extensionStatus").asText()).isEqualTo("APPROVED");
        assertThat(consented.body().get("deadline").asText())
                .isEqualTo(calendar.plusWorkingDays(LocalDate.parse(deadline), 5).toString());
        assertThat(api.post("/api/v1/applications/" + id + "/extend/approve", operator, Map.of()).status())
                .isEqualTo(409);
    }

    @Test
    void overdueApplicationsAreFlaggedAndQueuedFirstAndShownToTheOperator() {
        long late = pending();
        long fresh = pending();
        jdbc.sql("UPDATE sharing_application SET deadline = ? WHERE id = ?")
                .params(java.sql.Date.valueOf(today().minusDays(3)), late).update();
        Response view = api.get("/api/v1/applications/" + late, gaj);
        assertThat(view.body().get("overdue").asBoolean()).isTrue();
        assertThat(view.body().get("dueInDays").asInt()).isNegative();
        List<Long> queue = ids(api.get("/api/v1/applications/queue", gaj).body());
        assertThat(queue.indexOf(late)).isLessThan(queue.indexOf(fresh));
        assertThat(queue.get(0)).as("overdue first").isIn(overdueIds());
        assertThat(ids(api.get("/api/v1/applications/overdue", operator).body())).contains(late).doesNotContain(fresh);
    }

    private List<Long> overdueIds() {
        return ids(api.get("/api/v1/applications/overdue", operator).body());
    }

    @Test
    void theApproverNarrowsAndTheApplicantSeesWhatWasGrantedAndWhy() {
        long id = pending();
        LocalDate shorter = today().plusMonths(6);
        Response approved = api.post("/api/v1/applications/" + id + "/approve", gaj, Map.of(
                "items", List.of("id_number", "name"), "rowFilter", Map.of("county", "沙坡头区"),
                "accessModes", List.of("VERIFY"), "validUntil", shorter.toString(), "rateLimitPerMinute", 60,
                "comment", "按最小必要原则仅授予核验所需两项"));
        assertThat(approved.status()).as(approved.text()).isEqualTo(200);
        assertThat(approved.body().get("status").asText()).isEqualTo("APPROVED");
        long grantId = approved.body().get("grantId").asLong();

        JsonNode mine = api.get("/api/v1/grants?scope=mine", spj).body().get("content");
        JsonNode grant = null;
        for (JsonNode g : mine) {
            if (g.get("id").asLong() == grantId) {
                grant = g;
            }
        }
        assertThat(grant).isNotNull();
        assertThat(grant.get("applicationId").asLong()).isEqualTo(id);
        assertThat(grant.get("items")).hasSize(2);
        assertThat(grant.get("requestedItems")).hasSize(3);
        assertThat(grant.get("rowFilter").get("county").asText()).isEqualTo("沙坡头区");
        assertThat(grant.get("accessModes").get(0).asText()).isEqualTo("VERIFY");
        assertThat(grant.get("accessModes")).hasSize(1);
        assertThat(grant.get("rateLimitPerMinute").asInt()).isEqualTo(60);
        assertThat(grant.get("validUntil").asText()).isEqualTo(shorter.toString());
        assertThat(grant.get("narrowed").asBoolean()).isTrue();
        assertThat(grant.get("comment").asText()).contains("最小必要");
        assertThat(ids(api.get("/api/v1/grants?scope=provider", gaj).body().get("content"))).contains(grantId);
        assertThat(ids(api.get("/api/v1/grants?scope=all", operator).body().get("content"))).contains(grantId);
        assertThat(api.get("/api/v1/grants?scope=all", spj).status()).isEqualTo(403);

        long entryId = approved.body().get("entryId").asLong();
        GrantAccess access = grants.checkAccess(app, entryId, AccessMode.VERIFY).orElseThrow();
        assertThat(access.items()).containsExactly("id_number", "name");
        assertThat(access.rowFilter()).containsEntry("county", "沙坡头区");
        assertThat(access.rateLimitPerMinute()).isEqualTo(60);
        assertThat(grants.checkAccess(app, entryId, AccessMode.API)).isEmpty();

        Response wider = api.post("/api/v1/applications/" + pending() + "/approve", gaj,
                Map.of("items", List.of("county"), "accessModes", List.of("BULK")));
        assertThat(wider.status()).as("cannot grant more than asked").isEqualTo(400);
    }

    @Test
    void aGrantOnAnUnmountedEntryShowsTheTwentyWorkingDaySupplyDeadline() {
        long id = pending();
        long grantId = api.post("/api/v1/applications/" + id + "/approve", gaj, Map.of()).body().get("grantId")
                .asLong();
        Response grant = api.get("/api/v1/grants/" + grantId, spj);
        assertThat(grant.body().get("supplyDeadline").asText())
                .isEqualTo(calendar.plusWorkingDays(today(), 20).toString());
        assertThat(grant.body().get("supplyOverdue").asBoolean()).isFalse();
        assertThat(grant.body().get("narrowed").asBoolean()).isFalse();
        jdbc.sql("UPDATE sharing_grant SET supply_deadline = ? WHERE id = ?")
                .params(java.sql.Date.valueOf(today().minusDays(1)), grantId).update();
        assertThat(api.get("/api/v1/grants/" + grantId, gaj).body().get("supplyOverdue").asBoolean()).isTrue();
    }

    @Test
    void rejectionNeedsAReason() {
        long id = pending();
        assertThat(api.post("/api/v1/applications/" + id + "/reject", gaj, Map.of()).status()).isEqualTo(400);
        Response rejected = api.post("/api/v1/applications/" + id + "/reject", gaj,
                Map.of("reason", "申请用途与本数据共享条件不符"));
        assertThat(rejected.body().get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.body().get("rejectReason").asText()).contains("不符");
    }

    @Test
    void anApproverOfAnotherOrgCannotDecide() {
        long id = pending();
        String mzj = tokenOf("mzj_approver");
        assertThat(api.post("/api/v1/applications/" + id + "/approve", mzj, Map.of()).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/applications/" + id + "/reject", mzj, Map.of("reason", "x")).status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/applications/" + id + "/return", mzj, Map.of("missing", List.of("x")))
                .status()).isEqualTo(404);
        assertThat(api.get("/api/v1/applications/" + id, gaj).body().get("status").asText()).isEqualTo("PENDING");
    }

    @Test
    void concurrentDecisionsYieldExactlyOne() throws Exception {
        long id = pending();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            boolean approve = i % 2 == 0;
            Callable<Integer> call = () -> {
                start.await();
                return approve
                        ? api.post("/api/v1/applications/" + id + "/approve", gaj, Map.of()).status()
                        : api.post("/api/v1/applications/" + id + "/reject", gaj, Map.of("reason", "并发拒绝")).status();
            };
            results.add(pool.submit(call));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : results) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses.stream().filter(s -> s == 200).count()).as(statuses.toString()).isEqualTo(1);
        assertThat(statuses.stream().filter(s -> s == 409).count()).as(statuses.toString()).isEqualTo(threads - 1);
        long grantsMade = jdbc.sql("SELECT COUNT(*) FROM sharing_grant WHERE application_id = ?").param(id)
                .query(Long.class).single();
        String status = api.get("/api/v1/applications/" + id, gaj).body().get("status").asText();
        assertThat(grantsMade).isEqualTo(status.equals("APPROVED") ? 1 : 0);
    }

    @Test
    void revocationStopsTheGatewayAndOpensADisposalRecord() {
        long id = pending();
        Response approved = api.post("/api/v1/applications/" + id + "/approve", gaj, Map.of());
        long grantId = approved.body().get("grantId").asLong();
        long entryId = approved.body().get("entryId").asLong();
        assertThat(grants.checkAccess(app, entryId, AccessMode.VERIFY)).isPresent();

        assertThat(api.post("/api/v1/grants/" + grantId + "/revoke", tokenOf("mzj_approver"),
                Map.of("reason", "x")).status()).as("other org").isEqualTo(404);
        assertThat(api.post("/api/v1/grants/" + grantId + "/revoke", gaj, Map.of()).status()).isEqualTo(400);
        Response revoked = api.post("/api/v1/grants/" + grantId + "/revoke", gaj,
                Map.of("reason", "发现超范围使用"));
        assertThat(revoked.status()).as(revoked.text()).isEqualTo(200);
        assertThat(revoked.body().get("status").asText()).isEqualTo("REVOKED");
        assertThat(revoked.body().get("disposalStatus").asText()).isEqualTo("DUE");
        assertThat(grants.checkAccess(app, entryId, AccessMode.VERIFY)).as("stops at once").isEmpty();
        assertThat(api.post("/api/v1/grants/" + grantId + "/revoke", operator, Map.of("reason", "再撤"))
                .status()).isEqualTo(409);

        Response disposal = api.post("/api/v1/grants/" + grantId + "/disposal", spj,
                Map.of("method", "已删除本地缓存数据并清理日志", "disposedOn", today().toString()));
        assertThat(disposal.status()).as(disposal.text()).isEqualTo(200);
        assertThat(disposal.body().get("status").asText()).isEqualTo("RECORDED");
        assertThat(disposal.body().get("keepUntil").asText()).isEqualTo(today().plusYears(3).toString());
        assertThat(api.get("/api/v1/grants/" + grantId + "/disposal", gaj).body().get("method").asText())
                .contains("删除");
    }

    @Test
    void grantsExpireOnTheirDateAndTheConsumerMayEndOneEarly() {
        long id = pending();
        Response approved = api.post("/api/v1/applications/" + id + "/approve", gaj, Map.of());
        long grantId = approved.body().get("grantId").asLong();
        long entryId = approved.body().get("entryId").asLong();
        LocalDate lastDay = today().plusDays(5);
        jdbc.sql("UPDATE sharing_grant SET valid_until = ? WHERE id = ?").params(java.sql.Date.valueOf(lastDay),
                grantId).update();
        assertThat(grants.checkAccess(app, entryId, AccessMode.VERIFY, lastDay)).isPresent();
        assertThat(grants.checkAccess(app, entryId, AccessMode.VERIFY, lastDay.plusDays(1)))
                .as("stops the day after").isEmpty();
        grants.expireDue(lastDay.plusDays(1));
        Response expired = api.get("/api/v1/grants/" + grantId, spj);
        assertThat(expired.body().get("status").asText()).isEqualTo("EXPIRED");
        assertThat(expired.body().get("disposalStatus").asText()).isEqualTo("DUE");

        long other = pending();
        long otherGrant = api.post("/api/v1/applications/" + other + "/approve", gaj, Map.of()).body()
                .get("grantId").asLong();
        Response ended = api.post("/api/v1/grants/" + otherGrant + "/end", spj, Map.of("reason", "项目结束"));
        assertThat(ended.body().get("status").asText()).isEqualTo("ENDED");
        assertThat(ended.body().get("disposalStatus").asText()).isEqualTo("DUE");
    }

    @Test
    void theApplicantMayWithdrawAnUndecidedApplication() {
        long id = pending();
        Response withdrawn = api.post("/api/v1/applications/" + id + "/withdraw", spj, Map.of());
        assertThat(withdrawn.body().get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(api.post("/api/v1/applications/" + id + "/approve", gaj, Map.of()).status()).isEqualTo(409);
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get("id").asLong()));
        return ids;
    }
}
