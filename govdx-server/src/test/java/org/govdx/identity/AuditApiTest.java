package org.govdx.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.govdx.ApiClient.Response;
import org.govdx.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AuditApiTest extends IntegrationTest {

    private JsonNode events(String query) {
        Response r = api.get("/api/v1/audit-events?" + query, tokenOf("auditor"));
        assertThat(r.status()).isEqualTo(200);
        return r.body();
    }

    @Test
    void recordsSuccessfulAndFailedSignIns() {
        tokenOf("wjw_user");
        api.post("/api/v1/auth/token", null, Map.of("username", "wjw_approver", "password", "Wrong#pass1"));

        JsonNode ok = events("username=wjw_user&action=LOGIN&result=SUCCESS").get("content").get(0);
        assertThat(ok.get("orgCode").asText()).isEqualTo("ZW-WJW");
        assertThat(ok.get("clientIp").asText()).isNotBlank();
        assertThat(ok.get("occurredAt").asText()).isNotBlank();
        JsonNode failed = events("username=wjw_approver&action=LOGIN&result=FAILURE").get("content").get(0);
        assertThat(failed.get("detail").asText()).isEqualTo("BAD_CREDENTIALS");
    }

    @Test
    void recordsDenialsWithWhoAndWhat() {
        api.get("/api/v1/audit-events", tokenOf("zrzyj_user"));
        JsonNode denied = events("username=zrzyj_user&action=ACCESS_DENIED").get("content").get(0);
        assertThat(denied.get("result").asText()).isEqualTo("DENIED");
        assertThat(denied.get("target").asText()).isEqualTo("GET /api/v1/audit-events");

        api.get("/api/v1/orgs", null);
        assertThat(events("action=ACCESS_DENIED&result=DENIED").get("totalElements").asLong()).isGreaterThan(0);
    }

    @Test
    void recordsStateChangesWithTheirTargetAndResult() {
        String admin = tokenOf("sysadmin");
        long city = api.get("/api/v1/orgs?q=ZW", admin).body().get("content").get(0).get("id").asLong();
        String code = "AU-" + unique();
        api.post("/api/v1/orgs", admin, Map.of("name", "审计测试局", "code", code, "type", "DEPARTMENT",
                "creditCode", org.govdx.common.CreditCode.complete("11640500MD" + String.format("%07d",
                        Math.floorMod(System.nanoTime(), 10_000_000L))), "parentId", city));
        api.post("/api/v1/orgs", admin, Map.of("name", "", "code", "x"));

        JsonNode created = events("username=sysadmin&action=ORG_CREATE&result=SUCCESS").get("content");
        assertThat(created.findValuesAsString("target")).contains("org:" + code);
        assertThat(events("username=sysadmin&action=ORG_CREATE&result=FAILURE").get("content").get(0)
                .get("detail").asText()).isEqualTo("HTTP 400");
    }

    @Test
    void filtersByTime() {
        assertThat(events("from=2000-01-01T00:00:00Z&to=2000-01-02T00:00:00Z").get("totalElements").asLong()).isZero();
        assertThat(events("from=2000-01-01T00:00:00Z").get("totalElements").asLong()).isGreaterThan(0);
    }

    @Test
    void onlyTheAuditorReadsAndNobodyEditsTheLog() {
        assertThat(api.get("/api/v1/audit-events", tokenOf("sysadmin")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/audit-events", tokenOf("secadmin")).status()).isEqualTo(403);
        String auditor = tokenOf("auditor");
        assertThat(api.send("DELETE", "/api/v1/audit-events", auditor, null, null).status()).isEqualTo(405);
        assertThat(api.put("/api/v1/audit-events", auditor, Map.of()).status()).isEqualTo(405);
    }
}
