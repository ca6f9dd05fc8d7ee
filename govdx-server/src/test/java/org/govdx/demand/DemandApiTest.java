package org.govdx.demand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govdx.ApiClient.Response;
import org.govdx.IntegrationTest;
import org.govdx.common.WorkingDays;
import org.govdx.sharing.SharingFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The supply-demand list: 审批服务管理局 asks, 公安局 answers, the operator coordinates. */
class DemandApiTest extends IntegrationTest {

    @Autowired
    WorkingDays calendar;

    private String spj;
    private String gajCatalog;
    private String operator;
    private long gajOrg;

    @BeforeEach
    void setUp() {
        spj = tokenOf("spj_user");
        gajCatalog = tokenOf("gaj_catalog");
        operator = tokenOf("operator");
        gajOrg = api.get("/api/v1/me", gajCatalog).body().get("orgId").asLong();
    }

    private Map<String, Object> demand(String title, Long providerOrgId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", "企业开办时需核验申请人身份，免交身份证复印件");
        body.put("desiredItems", List.of("姓名", "公民身份号码"));
        body.put("purpose", "一网通办身份核验");
        body.put("scenario", "企业开办");
        body.put("legalBasis", "《优化营商环境条例》");
        body.put("urgency", "HIGH");
        body.put("providerOrgId", providerOrgId);
        return body;
    }

    private LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void aDemandIsAssignedAcceptedAndListedForBothSides() {
        Response posted = api.post("/api/v1/demands", spj, demand("人口核验需求" + unique(), gajOrg));
        assertThat(posted.status()).as(posted.text()).isEqualTo(201);
        assertThat(posted.body().get("status").asText()).isEqualTo("ASSIGNED");
        assertThat(posted.body().get("answerDue").asText()).isEqualTo(calendar.plusWorkingDays(today(), 10).toString());
        long id = posted.body().get("id").asLong();

        assertThat(ids(api.get("/api/v1/demands?scope=mine", spj))).contains(id);
        assertThat(ids(api.get("/api/v1/demands?scope=assigned", gajCatalog))).contains(id);
        assertThat(ids(api.get("/api/v1/demands?scope=all", operator))).contains(id);
        assertThat(api.get("/api/v1/demands/" + id, tokenOf("mzj_user")).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/demands/" + id + "/accept", tokenOf("mzj_catalog"),
                Map.of("commitDate", today().plusDays(30).toString())).status()).isEqualTo(404);

        assertThat(api.post("/api/v1/demands/" + id + "/accept", gajCatalog, Map.of()).status()).isEqualTo(400);
        Response accepted = api.post("/api/v1/demands/" + id + "/accept", gajCatalog,
                Map.of("commitDate", today().plusDays(30).toString()));
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
        assertThat(accepted.body().get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(api.post("/api/v1/demands/" + id + "/fulfil", spj, Map.of()).status())
                .as("no entry published and mounted yet").isEqualTo(409);

        Response rates = api.get("/api/v1/demands/satisfaction", operator);
        boolean found = false;
        for (JsonNode r : rates.body()) {
            if (r.get("orgId").asLong() == gajOrg) {
                found = r.get("assigned").asLong() >= 1;
            }
        }
        assertThat(found).isTrue();
    }

    @Test
    void aRefusalNeedsReasonAndBasisAndCanBeEscalatedToTheOperator() {
        long id = api.post("/api/v1/demands", spj, demand("拒绝测试" + unique(), gajOrg)).body().get("id").asLong();
        assertThat(api.post("/api/v1/demands/" + id + "/escalate", spj, Map.of("reason", "急需")).status())
                .as("neither refused nor overdue").isEqualTo(409);
        Response noBasis = api.post("/api/v1/demands/" + id + "/refuse", gajCatalog, Map.of("reason", "涉密"));
        assertThat(noBasis.status()).isEqualTo(400);
        Response refused = api.post("/api/v1/demands/" + id + "/refuse", gajCatalog,
                Map.of("reason", "涉及个人敏感信息", "legalBasis", "《个人信息保护法》"));
        assertThat(refused.body().get("status").asText()).isEqualTo("REFUSED");

        Response escalated = api.post("/api/v1/demands/" + id + "/escalate", spj, Map.of("reason", "一网通办确需"));
        assertThat(escalated.status()).as(escalated.text()).isEqualTo(200);
        assertThat(escalated.body().get("status").asText()).isEqualTo("COORDINATING");
        Response reassigned = api.post("/api/v1/demands/" + id + "/coordinate", operator,
                Map.of("outcome", "经协调，改为仅提供核验服务", "providerOrgId", gajOrg));
        assertThat(reassigned.body().get("status").asText()).isEqualTo("ASSIGNED");
        assertThat(reassigned.body().get("outcome").asText()).contains("核验");
        Response closed = api.post("/api/v1/demands/" + id + "/close", operator, Map.of("outcome", "已办结"));
        assertThat(closed.body().get("status").asText()).isEqualTo("CLOSED");
    }

    @Test
    void theOperatorAssignsAnOpenDemandAndBadInputIsListedAtOnce() {
        Response bad = api.post("/api/v1/demands", spj, Map.of("urgency", "NOW"));
        assertThat(bad.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        bad.body().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).contains("title", "description", "purpose", "urgency");

        Response open = api.post("/api/v1/demands", spj, demand("待分派" + unique(), null));
        assertThat(open.body().get("status").asText()).isEqualTo("OPEN");
        long id = open.body().get("id").asLong();
        Response assigned = api.post("/api/v1/demands/" + id + "/assign", operator, Map.of("providerOrgId", gajOrg));
        assertThat(assigned.status()).as(assigned.text()).isEqualTo(200);
        assertThat(assigned.body().get("providerOrgId").asLong()).isEqualTo(gajOrg);
    }

    @Test
    void anExistingEntryIsSuggestedAndApplyingForItClosesTheDemand() throws Exception {
        String name = "婚姻登记信息" + unique();
        SharingFixtures fixtures = new SharingFixtures(api, operator);
        long entryId = fixtures.publish(gajCatalog, name, "UNCONDITIONAL");
        List<Long> suggested = List.of();
        for (int i = 0; i < 50 && !suggested.contains(entryId); i++) {
            suggested = new ArrayList<>();
            for (JsonNode m : api.get("/api/v1/demands/suggestions?q=" + java.net.URLEncoder.encode(name,
                    java.nio.charset.StandardCharsets.UTF_8), spj).body()) {
                suggested.add(m.get("entryId").asLong());
            }
            if (!suggested.contains(entryId)) {
                Thread.sleep(100);
            }
        }
        assertThat(suggested).contains(entryId);

        long demandId = api.post("/api/v1/demands", spj, demand("婚姻状况核验" + unique(), null)).body().get("id")
                .asLong();
        long app = fixtures.app(spj, "婚姻核验" + unique());
        Map<String, Object> application = new LinkedHashMap<>(SharingFixtures.application(entryId, app,
                List.of("name"), List.of("API")));
        application.put("demandId", demandId);
        Response applied = api.post("/api/v1/applications", spj, application);
        assertThat(applied.status()).as(applied.text()).isEqualTo(201);
        Response demand = api.get("/api/v1/demands/" + demandId, spj);
        assertThat(demand.body().get("status").asText()).isEqualTo("CLOSED");
        assertThat(demand.body().get("applicationNumber").asText()).isEqualTo(applied.body().get("number").asText());

        long foreign = api.post("/api/v1/demands", tokenOf("mzj_user"), demand("他人需求" + unique(), null)).body()
                .get("id").asLong();
        application.put("demandId", foreign);
        assertThat(api.post("/api/v1/applications", spj, application).status()).isEqualTo(400);
    }

    private static List<Long> ids(Response r) {
        List<Long> ids = new ArrayList<>();
        r.body().get("content").forEach(n -> ids.add(n.get("id").asLong()));
        return ids;
    }
}
