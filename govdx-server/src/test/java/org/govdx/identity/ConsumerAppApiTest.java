package org.govdx.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.govdx.ApiClient.Response;
import org.govdx.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ConsumerAppApiTest extends IntegrationTest {

    private JsonNode register(String token, String name, List<String> ips) {
        Response r = api.post("/api/v1/apps", token, Map.of("name", name, "description", "一网通办", "allowedIps", ips));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.body();
    }

    private Response appToken(String key, String secret) {
        return api.post("/api/v1/auth/token", null, Map.of("appKey", key, "appSecret", secret));
    }

    @Test
    void theSecretIsShownOnceAndOpensOnlyTheGateway() {
        String user = tokenOf("spj_user");
        JsonNode app = register(user, "企业开办" + unique(), List.of("127.0.0.1", "10.1.0.0/16"));
        String key = app.get("appKey").asText();
        String secret = app.get("appSecret").asText();
        assertThat(key).startsWith("ak");
        assertThat(secret).hasSizeGreaterThan(30);
        assertThat(app.get("orgCode").asText()).isEqualTo("ZW-SPJ");
        assertThat(app.get("allowedIps").toString()).contains("10.1.0.0/16");

        JsonNode again = api.get("/api/v1/apps/" + app.get("id").asLong(), user).body();
        assertThat(again.has("appSecret")).as(again.toString()).isFalse();
        assertThat(again.toString()).doesNotContain(secret);

        Response token = appToken(key, secret);
        assertThat(token.status()).isEqualTo(200);
        assertThat(token.body().get("tokenType").asText()).isEqualTo("Bearer");
        String appToken = token.body().get("accessToken").asText();
        Response elsewhere = api.get("/api/v1/orgs", appToken);
        assertThat(elsewhere.status()).isEqualTo(401);
        assertThat(elsewhere.body().get("code").asText()).isEqualTo("INVALID_TOKEN");
    }

    @Test
    void wrongSecretsAndUnknownKeysAnswerAlike() {
        JsonNode app = register(tokenOf("spj_user"), "核验" + unique(), List.of());
        assertThat(appToken(app.get("appKey").asText(), "wrong").body().get("code").asText())
                .isEqualTo("BAD_CREDENTIALS");
        assertThat(appToken("aknotakey", "wrong").body().get("code").asText()).isEqualTo("BAD_CREDENTIALS");
    }

    @Test
    void rotationRetiresTheOldSecretAndDisablingStopsTheApp() {
        String user = tokenOf("spj_user");
        JsonNode app = register(user, "轮换" + unique(), List.of());
        long id = app.get("id").asLong();
        String key = app.get("appKey").asText();
        JsonNode rotated = api.post("/api/v1/apps/" + id + "/rotate-secret", user, Map.of()).body();
        String newSecret = rotated.get("appSecret").asText();
        assertThat(newSecret).isNotEqualTo(app.get("appSecret").asText());
        assertThat(appToken(key, app.get("appSecret").asText()).status()).isEqualTo(401);
        assertThat(appToken(key, newSecret).status()).isEqualTo(200);

        assertThat(api.post("/api/v1/apps/" + id + "/disable", user, Map.of()).body().get("enabled").asBoolean())
                .isFalse();
        Response refused = appToken(key, newSecret);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("code").asText()).isEqualTo("APP_DISABLED");
    }

    @Test
    void anotherOrgsAppIsNotFoundAndBadAddressesAreRefused() {
        JsonNode app = register(tokenOf("spj_user"), "私有" + unique(), List.of());
        assertThat(api.get("/api/v1/apps/" + app.get("id").asLong(), tokenOf("gaj_user")).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/apps/" + app.get("id").asLong(), tokenOf("operator")).status()).isEqualTo(200);

        Response bad = api.post("/api/v1/apps", tokenOf("spj_user"),
                Map.of("name", "坏地址", "allowedIps", List.of("example.com", "300.1.1.1", "10.0.0.0/40")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors").findValuesAsString("code")).containsOnly("INVALID_IP").hasSize(3);
    }
}
