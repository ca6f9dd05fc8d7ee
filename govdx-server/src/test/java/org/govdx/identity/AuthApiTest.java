package org.govdx.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.govdx.ApiClient.Response;
import org.govdx.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AuthApiTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private Response token(String username, String password) {
        return api.post("/api/v1/auth/token", null, Map.of("username", username, "password", password));
    }

    /** Creates a fresh department user through the API and returns its username. */
    private String newUser(String password) {
        String admin = tokenOf("sysadmin");
        long orgId = api.get("/api/v1/orgs?q=ZW-GAJ", admin).body().get("content").get(0).get("id").asLong();
        String username = "u" + unique().toLowerCase();
        Response created = api.post("/api/v1/users", admin, Map.of("username", username, "password", password,
                "displayName", "测试用户", "orgId", orgId, "roles", List.of("ORG_DATA_USER")));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return username;
    }

    @Test
    void issuesABearerTokenThatOpensTheApi() {
        Response r = token("gaj_user", DEMO_PASSWORD);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("tokenType").asText()).isEqualTo("Bearer");
        assertThat(r.body().get("expiresIn").asLong()).isEqualTo(7200);
        String accessToken = r.body().get("accessToken").asText();

        Response me = api.get("/api/v1/me", accessToken);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("username").asText()).isEqualTo("gaj_user");
        assertThat(me.body().get("orgCode").asText()).isEqualTo("ZW-GAJ");
    }

    @Test
    void wrongPasswordAndUnknownUserAnswerAlike() {
        Response wrong = token("gaj_approver", "Wrong#password1");
        Response unknown = token("nobody_here", "Wrong#password1");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.body().get("code").asText()).isEqualTo("BAD_CREDENTIALS");
        assertThat(unknown.body().toString()).isEqualTo(wrong.body().toString().replace("gaj_approver", "nobody_here"));
        assertThat(wrong.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPassword() {
        String username = newUser("Initial#Pass1");
        for (int i = 0; i < 4; i++) {
            assertThat(token(username, "Bad#password" + i).status()).isEqualTo(401);
        }
        Response fifth = token(username, "Bad#password5");
        assertThat(fifth.status()).isEqualTo(403);
        assertThat(fifth.body().get("code").asText()).isEqualTo("ACCOUNT_LOCKED");
        Response right = token(username, "Initial#Pass1");
        assertThat(right.body().get("code").asText()).isEqualTo("ACCOUNT_LOCKED");
    }

    @Test
    void unknownNamesLockAlikeSoLockoutRevealsNothing() {
        String ghost = "ghost" + unique().toLowerCase();
        for (int i = 0; i < 5; i++) {
            token(ghost, "Bad#password" + i);
        }
        assertThat(token(ghost, "Bad#password").body().get("code").asText()).isEqualTo("ACCOUNT_LOCKED");
    }

    @Test
    void adminUnlocksALockedAccount() {
        String username = newUser("Initial#Pass1");
        for (int i = 0; i < 5; i++) {
            token(username, "Bad#password" + i);
        }
        String admin = tokenOf("secadmin");
        long id = api.get("/api/v1/users?q=" + username, admin).body().get("content").get(0).get("id").asLong();
        assertThat(api.get("/api/v1/users/" + id, admin).body().get("locked").asBoolean()).isTrue();
        assertThat(api.post("/api/v1/users/" + id + "/unlock", admin, Map.of()).status()).isEqualTo(200);
        assertThat(token(username, "Initial#Pass1").body().get("code").asText()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
    }

    @Test
    void anAdminGivenPasswordMustBeChangedBeforeATokenIsIssued() {
        String username = newUser("Initial#Pass1");
        Response refused = token(username, "Initial#Pass1");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("code").asText()).isEqualTo("PASSWORD_CHANGE_REQUIRED");

        Response weak = api.post("/api/v1/auth/password", null,
                Map.of("username", username, "oldPassword", "Initial#Pass1", "newPassword", "weakpass"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.body().get("errors").get(0).get("field").asText()).isEqualTo("newPassword");

        Response reused = api.post("/api/v1/auth/password", null,
                Map.of("username", username, "oldPassword", "Initial#Pass1", "newPassword", "Initial#Pass1"));
        assertThat(reused.body().get("errors").get(0).get("code").asText()).isEqualTo("PASSWORD_REUSED");

        Response wrongOld = api.post("/api/v1/auth/password", null,
                Map.of("username", username, "oldPassword", "Wrong#Pass1", "newPassword", "Chosen#Pass2"));
        assertThat(wrongOld.status()).isEqualTo(401);

        Response changed = api.post("/api/v1/auth/password", null,
                Map.of("username", username, "oldPassword", "Initial#Pass1", "newPassword", "Chosen#Pass2"));
        assertThat(changed.status()).isEqualTo(204);
        assertThat(token(username, "Chosen#Pass2").status()).isEqualTo(200);
        assertThat(token(username, "Initial#Pass1").status()).isEqualTo(401);
    }

    @Test
    void theConfiguredBootstrapAdminAndDemoAccountsAreExemptFromTheChange() {
        assertThat(token("admin", ADMIN_PASSWORD).status()).isEqualTo(200);
        assertThat(token("leader", DEMO_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aDisabledUsersTokenStopsWorkingAtOnce() {
        String username = newUser("Initial#Pass1");
        api.post("/api/v1/auth/password", null,
                Map.of("username", username, "oldPassword", "Initial#Pass1", "newPassword", "Chosen#Pass2"));
        String userToken = api.token(username, "Chosen#Pass2");
        assertThat(api.get("/api/v1/me", userToken).status()).isEqualTo(200);

        String admin = tokenOf("sysadmin");
        long id = api.get("/api/v1/me", userToken).body().get("id").asLong();
        assertThat(api.post("/api/v1/users/" + id + "/disable", admin, Map.of()).status()).isEqualTo(200);

        Response after = api.get("/api/v1/me", userToken);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.body().get("code").asText()).isEqualTo("INVALID_TOKEN");
        assertThat(token(username, "Chosen#Pass2").body().get("code").asText()).isEqualTo("ACCOUNT_DISABLED");
    }

    @Test
    void expiredTokensAreRefused() {
        String accessToken = tokenOf("gaj_catalog");
        assertThat(api.get("/api/v1/me", accessToken).status()).isEqualTo(200);
        jdbc.sql("UPDATE api_token SET expires_at = ? WHERE user_id = (SELECT id FROM user_account WHERE username = ?)")
                .params(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), "gaj_catalog")
                .update();
        assertThat(api.get("/api/v1/me", accessToken).status()).isEqualTo(401);
    }

    @Test
    void garbageTokensAndMissingTokensAreRefusedWithAProblem() {
        Response none = api.get("/api/v1/orgs", null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.body().get("code").asText()).isEqualTo("AUTHENTICATION_REQUIRED");
        Response garbage = api.get("/api/v1/orgs", "not-a-token");
        assertThat(garbage.status()).isEqualTo(401);
        assertThat(garbage.body().get("code").asText()).isEqualTo("INVALID_TOKEN");
    }

    @Test
    void errorsSpeakTheCallersLanguage() {
        Response zh = api.post("/api/v1/auth/token", null, Map.of("username", "x", "password", "y"), "zh-CN");
        Response en = api.post("/api/v1/auth/token", null, Map.of("username", "x", "password", "y"), "en");
        Response none = api.post("/api/v1/auth/token", null, Map.of("username", "x", "password", "y"));
        assertThat(zh.body().get("detail").asText()).isEqualTo("用户名或密码错误。");
        assertThat(en.body().get("detail").asText()).isEqualTo("Wrong username or password.");
        assertThat(none.body().get("detail").asText()).isEqualTo("用户名或密码错误。");
    }

    @Test
    void malformedJsonIsAClearProblemWithoutInternals() {
        Response r = api.send("POST", "/api/v1/auth/token", null, "{not json", "en");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("code").asText()).isEqualTo("MALFORMED_REQUEST");
        assertThat(r.text()).doesNotContain("Exception").doesNotContain("at org.");
    }
}
