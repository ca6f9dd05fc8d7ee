package org.govdx.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.govdx.ApiClient.Response;
import org.govdx.IntegrationTest;
import org.govdx.common.CreditCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OrgApiTest extends IntegrationTest {

    private String admin;
    private long cityId;

    @BeforeEach
    void signIn() {
        admin = tokenOf("sysadmin");
        cityId = orgByCode("ZW").get("id").asLong();
    }

    private JsonNode orgByCode(String code) {
        for (JsonNode org : api.get("/api/v1/orgs?size=1000", admin).body().get("content")) {
            if (org.get("code").asText().equals(code)) {
                return org;
            }
        }
        throw new AssertionError("no org " + code);
    }

    private static String creditCode() {
        String digits = String.format("%07d", Math.floorMod(System.nanoTime(), 10_000_000L));
        return CreditCode.complete("11640500MC" + digits);
    }

    private Map<String, Object> org(String name, String code, String type, Long parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("code", code);
        body.put("type", type);
        body.put("creditCode", creditCode());
        body.put("parentId", parentId);
        return body;
    }

    @Test
    void demoCityHasItsGovernmentsAndDepartments() {
        JsonNode page = api.get("/api/v1/orgs?size=1000", admin).body();
        assertThat(page.get("totalElements").asLong()).isGreaterThanOrEqualTo(13);
        assertThat(page.has("page")).isTrue();
        assertThat(page.has("size")).isTrue();
        for (String code : new String[] {"ZW-SPT", "ZW-ZN", "ZW-HY"}) {
            JsonNode county = orgByCode(code);
            assertThat(county.get("type").asText()).isEqualTo("GOVERNMENT");
            assertThat(county.get("parentId").asLong()).isEqualTo(cityId);
        }
        for (String code : new String[] {"ZW-GAJ", "ZW-MZJ", "ZW-RSJ", "ZW-SCJGJ", "ZW-SPJ", "ZW-DSJJ", "ZW-WJW", "ZW-ZRZYJ"}) {
            JsonNode dept = orgByCode(code);
            assertThat(dept.get("type").asText()).isEqualTo("DEPARTMENT");
            assertThat(CreditCode.isValid(dept.get("creditCode").asText())).isTrue();
        }
        assertThat(orgByCode("ZW-GAJ").get("name").asText()).isEqualTo("中卫市公安局");
    }

    @Test
    void createsRenamesAndMovesADepartment() {
        String code = "T-" + unique();
        Response created = api.post("/api/v1/orgs", admin, org("测试局", code, "DEPARTMENT", cityId));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long id = created.body().get("id").asLong();

        Response renamed = api.put("/api/v1/orgs/" + id, admin, Map.of("name", "测试管理局"));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.body().get("name").asText()).isEqualTo("测试管理局");
        assertThat(renamed.body().get("code").asText()).isEqualTo(code);

        long county = orgByCode("ZW-HY").get("id").asLong();
        Response moved = api.put("/api/v1/orgs/" + id, admin, Map.of("parentId", county));
        assertThat(moved.body().get("parentId").asLong()).isEqualTo(county);
        assertThat(api.get("/api/v1/orgs/" + id, admin).body().get("parentId").asLong()).isEqualTo(county);
    }

    @Test
    void rejectsAnInvalidCreditCodeWithAFieldError() {
        Map<String, Object> body = org("坏代码局", "T-" + unique(), "DEPARTMENT", cityId);
        String valid = (String) body.get("creditCode");
        char last = valid.charAt(17);
        body.put("creditCode", valid.substring(0, 17) + (last == '0' ? '1' : '0'));
        Response r = api.post("/api/v1/orgs", admin, body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("code").asText()).isEqualTo("VALIDATION_FAILED");
        JsonNode error = r.body().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("creditCode");
        assertThat(error.get("code").asText()).isEqualTo("INVALID_CREDIT_CODE");
        assertThat(error.get("message").asText()).contains("GB 32100");
    }

    @Test
    void listsEveryProblemOfARequestAtOnce() {
        Response r = api.post("/api/v1/orgs", admin, Map.of("name", "", "code", "bad code", "type", "DEPARTMENT"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("name", "code", "creditCode", "parentId");
    }

    @Test
    void rejectsDuplicateCodesAndCreditCodes() {
        JsonNode gaj = orgByCode("ZW-GAJ");
        Map<String, Object> body = org("重复局", "ZW-GAJ", "DEPARTMENT", cityId);
        body.put("creditCode", gaj.get("creditCode").asText());
        Response r = api.post("/api/v1/orgs", admin, body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("errors").findValuesAsString("code"))
                .contains("DUPLICATE_ORG_CODE", "DUPLICATE_CREDIT_CODE");
    }

    @Test
    void keepsTheTreeShape() {
        long gaj = orgByCode("ZW-GAJ").get("id").asLong();
        Response underDepartment = api.post("/api/v1/orgs", admin, org("下级", "T-" + unique(), "DEPARTMENT", gaj));
        assertThat(underDepartment.body().get("errors").get(0).get("code").asText()).isEqualTo("PARENT_NOT_GOVERNMENT");

        long spt = orgByCode("ZW-SPT").get("id").asLong();
        Response cycle = api.put("/api/v1/orgs/" + cityId, admin, Map.of("parentId", spt));
        assertThat(cycle.status()).isEqualTo(400);
        assertThat(cycle.body().get("errors").get(0).get("code").asText()).isEqualTo("ORG_CYCLE");
    }

    @Test
    void disablesButNeverDeletesAndProtectsEnabledChildren() {
        Response refused = api.put("/api/v1/orgs/" + orgByCode("ZW-SPT").get("id").asLong(), admin,
                Map.of("enabled", false));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("code").asText()).isEqualTo("ORG_HAS_ENABLED_CHILDREN");

        long id = api.post("/api/v1/orgs", admin, org("临时局", "T-" + unique(), "DEPARTMENT", cityId))
                .body().get("id").asLong();
        Response disabled = api.put("/api/v1/orgs/" + id, admin, Map.of("enabled", false));
        assertThat(disabled.body().get("enabled").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/orgs/" + id, admin).status()).isEqualTo(200);
        assertThat(api.send("DELETE", "/api/v1/orgs/" + id, admin, null, null).status()).isEqualTo(405);
    }

    @Test
    void unknownOrgIsA404Problem() {
        Response r = api.get("/api/v1/orgs/987654321", admin, "en");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body().get("code").asText()).isEqualTo("ORG_NOT_FOUND");
        assertThat(r.body().get("detail").asText()).isEqualTo("No such organisation: 987654321");
    }

    @Test
    void onlyTheSystemAdminChangesOrgs() {
        Response r = api.post("/api/v1/orgs", tokenOf("operator"), org("越权局", "T-" + unique(), "DEPARTMENT", cityId));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.body().get("code").asText()).isEqualTo("FORBIDDEN");
    }
}
