package org.govdx.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.govdx.ApiClient.Response;
import org.govdx.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class UserApiTest extends IntegrationTest {

    private String admin;

    @BeforeEach
    void signIn() {
        admin = tokenOf("sysadmin");
    }

    private long orgId(String code) {
        return api.get("/api/v1/orgs?q=" + code, admin).body().get("content").get(0).get("id").asLong();
    }

    private long userId(String username) {
        return api.get("/api/v1/users?q=" + username, admin).body().get("content").get(0).get("id").asLong();
    }

    private Response create(String username, String password, List<String> roles) {
        return api.post("/api/v1/users", admin, Map.of("username", username, "password", password,
                "displayName", "张三", "orgId", orgId("ZW-MZJ"), "roles", roles));
    }

    @Test
    void createsAUserWithRolesAndNeverReturnsThePassword() {
        String username = "zs" + unique().toLowerCase();
        Response r = create(username, "Strong#Pass1", List.of("ORG_DATA_USER", "ORG_APPROVER"));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.body().get("username").asText()).isEqualTo(username);
        assertThat(r.body().get("orgCode").asText()).isEqualTo("ZW-MZJ");
        assertThat(r.body().get("mustChangePassword").asBoolean()).isTrue();
        assertThat(r.body().get("roles").toString()).contains("ORG_DATA_USER", "ORG_APPROVER");
        assertThat(r.text()).doesNotContain("Strong#Pass1").doesNotContainIgnoringCase("hash");
    }

    @Test
    void rejectsDuplicateUsernames() {
        Response r = create("gaj_user", "Strong#Pass1", List.of("ORG_DATA_USER"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("errors").get(0).get("code").asText()).isEqualTo("DUPLICATE_USERNAME");
    }

    @Test
    void rejectsWeakPasswords() {
        Response r = create("weak" + unique().toLowerCase(), "password", List.of("ORG_DATA_USER"));
        assertThat(r.status()).isEqualTo(400);
        JsonNode error = r.body().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("password");
        assertThat(error.get("code").asText()).isEqualTo("PASSWORD_TOO_SIMPLE");
    }

    @Test
    void noUserHoldsTwoAdminRoles() {
        Response r = create("adm" + unique().toLowerCase(), "Strong#Pass1", List.of("SYS_ADMIN", "AUDIT_ADMIN"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("errors").get(0).get("code").asText()).isEqualTo("ADMIN_ROLES_EXCLUSIVE");

        long secadmin = userId("secadmin");
        Response change = api.put("/api/v1/users/" + secadmin + "/roles", tokenOf("secadmin"),
                Map.of("roles", List.of("SEC_ADMIN", "AUDIT_ADMIN")));
        assertThat(change.status()).isEqualTo(400);
        assertThat(change.body().get("errors").get(0).get("code").asText()).isEqualTo("ADMIN_ROLES_EXCLUSIVE");
        assertThat(api.get("/api/v1/users/" + secadmin, admin).body().get("roles").toString())
                .doesNotContain("AUDIT_ADMIN");
    }

    @Test
    void departmentUsersSeeOnlyTheirOwnOrg() {
        String police = tokenOf("gaj_user");
        JsonNode visible = api.get("/api/v1/users?size=1000", police).body().get("content");
        assertThat(visible.findValuesAsString("orgCode")).isNotEmpty().containsOnly("ZW-GAJ");

        Response otherOrgsUser = api.get("/api/v1/users/" + userId("mzj_user"), police);
        assertThat(otherOrgsUser.status()).isEqualTo(404);
        assertThat(otherOrgsUser.text()).doesNotContain("mzj_user");
    }

    @Test
    void aGovernmentUserSeesItsSubTree() {
        JsonNode visible = api.get("/api/v1/users?size=1000", tokenOf("spt_user")).body().get("content");
        assertThat(visible.findValuesAsString("orgCode")).contains("ZW-SPT", "ZW-SPT-MZJ").doesNotContain("ZW-GAJ");
    }

    @Test
    void theAuditorSeesNoUsers() {
        Response r = api.get("/api/v1/users", tokenOf("auditor"));
        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void resetPasswordForcesAChangeAndTheLastSysAdminStays() {
        String username = "rp" + unique().toLowerCase();
        long id = create(username, "Strong#Pass1", List.of("ORG_DATA_USER")).body().get("id").asLong();
        api.post("/api/v1/auth/password", null,
                Map.of("username", username, "oldPassword", "Strong#Pass1", "newPassword", "Mine#Pass22"));
        assertThat(api.post("/api/v1/auth/token", null, Map.of("username", username, "password", "Mine#Pass22"))
                .status()).isEqualTo(200);

        Response reset = api.post("/api/v1/users/" + id + "/reset-password", admin, Map.of("password", "Reset#Pass33"));
        assertThat(reset.body().get("mustChangePassword").asBoolean()).isTrue();
        assertThat(api.post("/api/v1/auth/token", null, Map.of("username", username, "password", "Reset#Pass33"))
                .body().get("code").asText()).isEqualTo("PASSWORD_CHANGE_REQUIRED");

        Response self = api.post("/api/v1/users/" + userId("sysadmin") + "/disable", admin, Map.of());
        assertThat(self.status()).isEqualTo(409);
        assertThat(self.body().get("code").asText()).isEqualTo("CANNOT_DISABLE_SELF");
    }

    @Test
    void roleChangesTakeEffectOnTheNextCall() {
        String username = "rc" + unique().toLowerCase();
        long id = create(username, "Strong#Pass1", List.of("ORG_DATA_USER")).body().get("id").asLong();
        api.post("/api/v1/auth/password", null,
                Map.of("username", username, "oldPassword", "Strong#Pass1", "newPassword", "Mine#Pass22"));
        String userToken = api.token(username, "Mine#Pass22");
        assertThat(api.get("/api/v1/audit-events", userToken).status()).isEqualTo(403);
        api.put("/api/v1/users/" + id + "/roles", admin, Map.of("roles", List.of("AUDIT_ADMIN")));
        assertThat(api.get("/api/v1/audit-events", userToken).status()).isEqualTo(200);
    }
}
