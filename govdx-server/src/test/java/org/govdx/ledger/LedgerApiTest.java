package org.govdx.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.govdx.ApiClient.Response;
import org.govdx.tlog.MerkleHasher;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LedgerApiTest extends LedgerTestSupport {

    private JsonNode search(String query) {
        Response r = api.get("/api/v1/ledger/entries?" + query, tokenOf("auditor"));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.body();
    }

    @Test
    void adminOperationsLandInTheLedgerAsCanonicalJson() {
        String path = "/api/v1/users/" + (900_000_000L + System.nanoTime() % 1_000_000) + "/unlock";
        assertThat(api.post(path, tokenOf("secadmin"), Map.of()).status()).isEqualTo(404);
        appendAndSign();

        JsonNode page = search("type=ADMIN_OPERATION&actor=secadmin&key=" + path);
        assertThat(page.get("totalElements").asLong()).isEqualTo(1);
        JsonNode hit = page.get("content").get(0);
        assertThat(hit.get("org").asText()).isEqualTo("ZW-DSJJ");
        String data = hit.get("data").asText();
        assertThat(data).startsWith("{\"actor\":\"secadmin\",\"keys\":{\"action\":")
                .contains("\"result\":\"FAILURE\"", "\"role\":\"SEC_ADMIN\"", "\"target\":\"" + path + "\"",
                        "\"type\":\"ADMIN_OPERATION\"")
                .matches(".*\"time\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\".*");

        Response entry = api.get("/api/v1/ledger/entries/" + hit.get("index").asLong(), tokenOf("auditor"));
        assertThat(entry.status()).isEqualTo(200);
        assertThat(entry.body().propertyNames()).containsExactlyInAnyOrder("index", "data", "leafHash");
        assertThat(entry.body().get("data").asText()).isEqualTo(data);
        byte[] expected = MerkleHasher.sm3().leafHash(data.getBytes(StandardCharsets.UTF_8));
        assertThat(entry.body().get("leafHash").asText()).isEqualTo(HexFormat.of().formatHex(expected));
    }

    @Test
    void searchFiltersByTypeOrgActorKeyAndTime() {
        String marker = "search-" + unique();
        publish(List.of(
                new TestFact("TEST_SEARCH", Instant.parse("2020-03-01T01:00:00Z"), "gaj_user", "ZW-GAJ", Map.of("marker", marker)),
                new TestFact("TEST_SEARCH", Instant.parse("2020-03-02T01:00:00Z"), "mzj_user", "ZW-MZJ", Map.of("marker", marker)),
                new TestFact("TEST_OTHER", Instant.parse("2020-03-03T01:00:00Z"), "gaj_user", "ZW-GAJ", Map.of("marker", marker))));
        appendAndSign();

        assertThat(search("key=" + marker).get("totalElements").asLong()).isEqualTo(3);
        assertThat(search("key=" + marker + "&type=TEST_SEARCH").get("totalElements").asLong()).isEqualTo(2);
        assertThat(search("key=" + marker + "&org=ZW-MZJ").get("content").get(0).get("actor").asText()).isEqualTo("mzj_user");
        assertThat(search("key=" + marker + "&actor=gaj_user").get("totalElements").asLong()).isEqualTo(2);
        JsonNode timed = search("key=" + marker + "&from=2020-03-02&to=2020-03-02T23:00:00Z");
        assertThat(timed.get("totalElements").asLong()).isEqualTo(1);
        assertThat(timed.get("content").get(0).get("time").asText()).isEqualTo("2020-03-02T01:00:00Z");
        JsonNode newestFirst = search("key=" + marker + "&size=2&page=0");
        assertThat(newestFirst.get("content")).hasSize(2);
        assertThat(newestFirst.get("content").get(0).get("type").asText()).isEqualTo("TEST_OTHER");
        assertThat(newestFirst.get("content").get(0).get("index").asLong())
                .isGreaterThan(newestFirst.get("content").get(1).get("index").asLong());
    }

    @Test
    void verificationMaterialIsForEverySignedInUserAndEntriesForTheAuditor() {
        publish(facts("material-" + unique(), 3));
        appendAndSign();
        String user = tokenOf("rsj_user");
        Response checkpoint = api.getText("/api/v1/ledger/checkpoint", user);
        assertThat(checkpoint.status()).isEqualTo(200);
        assertThat(checkpoint.header("Content-Type")).startsWith("text/plain");
        assertThat(checkpoint.text()).startsWith("govdx.local/ledger\n").contains("\n\n\u2014 govdx.local/ledger ");
        Response key = api.getText("/api/v1/ledger/public-key", user);
        assertThat(key.status()).isEqualTo(200);
        assertThat(key.text()).startsWith("govdx.local/ledger+");
        assertThat(api.get("/api/v1/ledger/proof/inclusion?index=0", user).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/ledger/proof/consistency?from=1", user).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/ledger/entries/0", user).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/ledger/entries", user).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/ledger/audit", user, Map.of()).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/ledger/checkpoint", null).status()).isEqualTo(401);
    }

    @Test
    void proofsAnswerWithTheRequestedCoordinates() {
        publish(facts("coords-" + unique(), 5));
        appendAndSign();
        String user = tokenOf("gaj_user");
        long size = latestSize(user);
        JsonNode inclusion = api.get("/api/v1/ledger/proof/inclusion?index=" + (size - 2) + "&treeSize=" + size, user).body();
        assertThat(inclusion.propertyNames()).containsExactlyInAnyOrder("index", "treeSize", "hashes");
        assertThat(inclusion.get("index").asLong()).isEqualTo(size - 2);
        assertThat(inclusion.get("treeSize").asLong()).isEqualTo(size);
        assertThat(inclusion.get("hashes").get(0).asText()).matches("[0-9a-f]{64}");
        JsonNode consistency = api.get("/api/v1/ledger/proof/consistency?from=" + (size - 3) + "&to=" + size, user).body();
        assertThat(consistency.propertyNames()).containsExactlyInAnyOrder("from", "to", "hashes");
        assertThat(consistency.get("hashes").size()).isPositive();
        assertThat(api.get("/api/v1/ledger/proof/consistency?from=" + size + "&to=" + size, user).body()
                .get("hashes").size()).isZero();
    }

    @Test
    void badParametersAnswerProblemsWithClearCodes() {
        publish(facts("bad-" + unique(), 2));
        appendAndSign();
        String user = tokenOf("gaj_user");
        long size = latestSize(user);
        assertFieldProblem(api.get("/api/v1/ledger/proof/inclusion?index=" + size + "&treeSize=" + size, user),
                "index", "LEDGER_INDEX_OUT_OF_RANGE");
        assertFieldProblem(api.get("/api/v1/ledger/proof/inclusion?index=0&treeSize=" + (size + 1000), user),
                "treeSize", "LEDGER_TREE_SIZE_NOT_SIGNED");
        assertFieldProblem(api.get("/api/v1/ledger/proof/inclusion?treeSize=" + size, user), "index", "REQUIRED");
        assertFieldProblem(api.get("/api/v1/ledger/proof/inclusion?index=abc", user), "index", "LEDGER_NOT_A_NUMBER");
        assertFieldProblem(api.get("/api/v1/ledger/proof/inclusion?index=-1", user), "index", "LEDGER_NEGATIVE");
        assertFieldProblem(api.get("/api/v1/ledger/proof/inclusion?index=0&treeSize=0", user),
                "treeSize", "LEDGER_TREE_SIZE_TOO_SMALL");
        assertFieldProblem(api.get("/api/v1/ledger/proof/consistency?from=" + size + "&to=" + (size - 1), user),
                "from", "LEDGER_FROM_AFTER_TO");
        assertFieldProblem(api.get("/api/v1/ledger/proof/consistency?from=1&to=" + (size + 1000), user),
                "to", "LEDGER_TREE_SIZE_NOT_SIGNED");
        assertFieldProblem(api.get("/api/v1/ledger/proof/consistency", user), "from", "REQUIRED");
        String auditor = tokenOf("auditor");
        assertFieldProblem(api.get("/api/v1/ledger/entries?from=2026-02-01&to=2026-01-01", auditor),
                "to", "LEDGER_TO_BEFORE_FROM");
        assertFieldProblem(api.get("/api/v1/ledger/entries?from=yesterday", auditor), "from", "LEDGER_INVALID_TIME");
        Response missing = api.get("/api/v1/ledger/entries/" + Long.MAX_VALUE, auditor);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().get("code").asText()).isEqualTo("LEDGER_ENTRY_NOT_FOUND");
        Response english = api.get("/api/v1/ledger/proof/inclusion?index=" + size + "&treeSize=" + size, user, "en");
        assertThat(english.body().get("errors").get(0).get("message").asText())
                .isEqualTo("The index must be smaller than the tree size " + size + ".");
    }

    @Test
    void theAuditorsPageShowsTheCheckpointKeySearchAndAudit() {
        String marker = "page-" + unique();
        publish(facts(marker, 2));
        appendAndSign();
        String auditor = tokenOf("auditor");
        Response page = api.send("GET", "/ledger", auditor, null, "zh-CN", "text/html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("id=\"ledger-checkpoint\"", "govdx.local/ledger+", "id=\"ledger-audit-form\"",
                "可信账本", "href=\"/ledger\"");
        Response table = api.send("GET", "/ledger?key=" + marker, auditor, null, "zh-CN", "text/html");
        assertThat(table.text()).contains(marker).contains("TEST_FACT");
        Response audit = api.send("POST", "/ledger/audit", auditor, "{}", "en", "text/html");
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.text()).contains("Audit passed");
        assertThat(api.send("GET", "/ledger", tokenOf("sysadmin"), null, null, "text/html").status()).isEqualTo(403);
        Response home = api.send("GET", "/", tokenOf("sysadmin"), null, null, "text/html");
        assertThat(home.text()).doesNotContain("href=\"/ledger\"");
    }

    private long latestSize(String token) {
        String checkpoint = api.getText("/api/v1/ledger/checkpoint", token).text();
        return Long.parseLong(checkpoint.split("\n")[1]);
    }

    private static void assertFieldProblem(Response r, String field, String code) {
        assertThat(r.status()).as(r.text()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.body().get("code").asText()).isEqualTo("VALIDATION_FAILED");
        JsonNode error = r.body().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo(field);
        assertThat(error.get("code").asText()).isEqualTo(code);
    }
}
