package org.govdx.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.govdx.ApiClient.Response;
import org.govdx.exchange.UsageOperation;
import org.govdx.exchange.UsageRecorded;
import org.govdx.exchange.UsageView;
import org.govdx.ledger.LedgerTestSupport;
import org.govdx.sharing.SharingFixtures;
import org.govdx.tlog.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Provenance built with real calls: a catalog entry published and mounted on a PostgreSQL table, an
 * application approved by the provider's approver into a grant; a usage event published as the
 * exchange gateway publishes it. The chain's proofs are downloaded and checked with the CLI classes.
 */
class ProvenanceApiTest extends LedgerTestSupport {

    private static final String SCHEMA = "govdx_prov_test";
    private static final String SOURCE_URL = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + SCHEMA;

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private String spj;
    private long grantId;
    private long entryId;
    private String entryCode;
    private String applicationNumber;
    private long spjOrgId;
    private long gajOrgId;

    @BeforeAll
    static void sourceTable() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
            s.execute("CREATE TABLE IF NOT EXISTS " + SCHEMA + ".prov_person (sfzh VARCHAR(18) PRIMARY KEY, "
                    + "xm VARCHAR(50), xb VARCHAR(1), qx VARCHAR(20), gxsj TIMESTAMP)");
        }
    }

    /** Entry published and mounted by 公安局, applied for by 审批局's app, approved by 公安局's approver. */
    @BeforeEach
    void grantChain() {
        spj = tokenOf("spj_user");
        String gajCatalog = tokenOf("gaj_catalog");
        SharingFixtures fixtures = new SharingFixtures(api, tokenOf("operator"));
        entryId = fixtures.publish(gajCatalog, "溯源人口" + unique(), "CONDITIONAL");
        entryCode = api.get("/api/v1/catalog/" + entryId, gajCatalog).body().get("code").asText();

        Map<String, Object> source = new LinkedHashMap<>();
        source.put("name", "溯源库" + unique());
        source.put("type", "JDBC");
        source.put("jdbcUrl", SOURCE_URL);
        source.put("username", "postgres");
        source.put("password", "");
        Response registered = api.post("/api/v1/datasources", gajCatalog, source);
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        Map<String, Object> mount = new LinkedHashMap<>();
        mount.put("type", "TABLE");
        mount.put("dataSourceId", registered.body().get("id").asLong());
        mount.put("table", "prov_person");
        mount.put("keyColumn", "sfzh");
        mount.put("changeTimestampColumn", "gxsj");
        mount.put("columns", Map.of("id_number", "sfzh", "name", "xm", "gender", "xb", "county", "qx"));
        Response mounted = api.put("/api/v1/catalog/" + entryId + "/mount", gajCatalog, mount);
        assertThat(mounted.status()).as(mounted.text()).isEqualTo(200);

        long app = fixtures.app(spj, "企业开办" + unique());
        Response applied = api.post("/api/v1/applications", spj,
                SharingFixtures.application(entryId, app, List.of("id_number", "name"), List.of("VERIFY")));
        assertThat(applied.status()).as(applied.text()).isEqualTo(201);
        long applicationId = applied.body().get("id").asLong();
        applicationNumber = applied.body().get("number").asText();
        Response approved = api.post("/api/v1/applications/" + applicationId + "/approve", tokenOf("gaj_approver"),
                Map.of("comment", "同意用于企业开办身份核验"));
        assertThat(approved.status()).as(approved.text()).isEqualTo(200);
        grantId = approved.body().get("grantId").asLong();
        JsonNode grant = api.get("/api/v1/grants/" + grantId, spj).body();
        spjOrgId = grant.get("consumerOrgId").asLong();
        gajOrgId = grant.get("providerOrgId").asLong();
        appendAndSign();
    }

    /** Publishes a usage event as the exchange gateway does, inside a transaction; the ledger records it. */
    private String usage(long rows) {
        String requestId = "req-" + unique();
        UsageView view = new UsageView(0, requestId, Instant.now(), UsageOperation.VERIFY, 1L, "app-key", spjOrgId,
                "ZW-SPJ", gajOrgId, entryId, entryCode, grantId, null, "张三", List.of("id_number", "name"), null, rows,
                120, 200, null, 15, "127.0.0.1", null);
        tx.executeWithoutResult(status -> events.publishEvent(new UsageRecorded(view, "spj_user", "ZW-SPJ")));
        appendAndSign();
        return requestId;
    }

    private static List<String> steps(JsonNode chain) {
        List<String> steps = new ArrayList<>();
        chain.get("steps").forEach(s -> steps.add(s.get("step").asText()));
        return steps;
    }

    private static JsonNode step(JsonNode chain, String name) {
        for (JsonNode s : chain.get("steps")) {
            if (s.get("step").asText().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no step " + name + " in " + chain);
    }

    private byte[] download(String path, String user) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + tokenOf(user)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/zip");
        return r.body();
    }

    /** Unpacks a proof bundle and runs the CLI's verify-inclusion on it, as an auditor would offline. */
    private String verifyOffline(byte[] zip, long index) throws IOException {
        Path bundle = Files.createTempDirectory(dir, "bundle");
        String checkpoint = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Files.write(bundle.resolve(e.getName()), in.readAllBytes());
                if (e.getName().startsWith("checkpoint-")) {
                    checkpoint = e.getName();
                }
            }
        }
        assertThat(Files.readString(bundle.resolve("README.txt"))).contains("verify-inclusion");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"verify-inclusion", "--key", bundle.resolve("checkpoint.vkey").toString(),
                        "--checkpoint", bundle.resolve(checkpoint).toString(),
                        "--leaf", bundle.resolve("leaf-" + index + ".json").toString(),
                        "--proof", bundle.resolve("inclusion-" + index + ".json").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertThat(status).as(text).isEqualTo(Main.OK);
        return text;
    }

    @Test
    void theGrantChainShowsEveryStepWithADownloadableProof() throws Exception {
        Response r = api.get("/api/v1/provenance?grantId=" + grantId, spj);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        JsonNode chain = r.body();
        assertThat(steps(chain)).containsExactly("ENTRY_VERSION", "MOUNT", "APPLICATION_SUBMITTED",
                "APPLICATION_DECIDED", "GRANT", "USAGE");
        assertThat(chain.get("applicationNumber").asText()).isEqualTo(applicationNumber);
        assertThat(chain.get("entryCode").asText()).isEqualTo(entryCode);
        assertThat(chain.get("checkpoint").get("note").asText()).contains("\n\n\u2014 ");
        long signed = chain.get("checkpoint").get("treeSize").asLong();
        for (String name : List.of("ENTRY_VERSION", "MOUNT", "APPLICATION_SUBMITTED", "APPLICATION_DECIDED", "GRANT")) {
            JsonNode s = step(chain, name);
            assertThat(s.get("ledgerIndex").isNull()).as(name).isFalse();
            assertThat(s.get("ledgerIndex").asLong()).isLessThan(signed);
            assertThat(s.get("leafHash").asText()).hasSize(64);
            assertThat(s.get("proofUrl").asText()).startsWith("/api/v1/provenance/proof?index=");
            assertThat(s.get("summary").asText()).isNotBlank();
        }
        assertThat(step(chain, "GRANT").get("type").asText()).isEqualTo("GRANT_CREATED");
        assertThat(step(chain, "APPLICATION_DECIDED").get("actor").asText()).isEqualTo("gaj_approver");
        assertThat(step(chain, "APPLICATION_DECIDED").get("summary").asText()).contains(applicationNumber, "APPROVED");
        assertThat(step(chain, "ENTRY_VERSION").get("summary").asText()).contains(entryCode);
        assertThat(step(chain, "MOUNT").get("summary").asText()).contains("prov_person");
        assertThat(step(chain, "USAGE").get("ledgerIndex").isNull()).as("no calls yet").isTrue();

        JsonNode decided = step(chain, "APPLICATION_DECIDED");
        long index = decided.get("ledgerIndex").asLong();
        byte[] zip = download(decided.get("proofUrl").asText(), "spj_user");
        assertThat(verifyOffline(zip, index)).contains("OK: leaf " + index + " is included");
        String leaf = api.get("/api/v1/ledger/entries/" + index, tokenOf("auditor")).body().get("data").asText();
        assertThat(leaf).contains("APPLICATION_DECIDED", applicationNumber);
    }

    @Test
    void theProviderTheOperatorAndTheAuditorSeeTheChainOthersDoNot() {
        String path = "/api/v1/provenance?grantId=" + grantId;
        assertThat(api.get(path, tokenOf("gaj_approver")).status()).isEqualTo(200);
        assertThat(api.get(path, tokenOf("gaj_catalog")).status()).isEqualTo(200);
        assertThat(api.get(path, tokenOf("operator")).status()).isEqualTo(200);
        assertThat(api.get(path, tokenOf("auditor")).status()).isEqualTo(200);
        Response other = api.get(path, tokenOf("mzj_user"));
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body().get("code").asText()).isEqualTo("GRANT_NOT_FOUND");
        assertThat(api.get(path, tokenOf("leader")).status()).isEqualTo(403);
        assertThat(api.get(path, tokenOf("sysadmin")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/provenance?grantId=987654321", spj).status()).isEqualTo(404);

        long index = step(api.get(path, spj).body(), "GRANT").get("ledgerIndex").asLong();
        assertThat(api.get("/api/v1/provenance/proof?index=" + index + "&grantId=" + grantId, tokenOf("mzj_user"))
                .status()).isEqualTo(404);
        assertThat(api.get("/api/v1/provenance/proof?index=" + index, spj).status()).as("context required").isEqualTo(400);
        assertThat(api.get("/api/v1/provenance/proof?index=0&grantId=" + grantId, spj).status())
                .as("not a step of the chain").isEqualTo(404);
    }

    @Test
    void aRequestIdLeadsToItsCallAndTheChainBehindIt() throws Exception {
        String requestId = usage(1);
        Response r = api.get("/api/v1/provenance?requestId=" + requestId, spj);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        JsonNode chain = r.body();
        assertThat(chain.get("requestId").asText()).isEqualTo(requestId);
        assertThat(chain.get("grantId").asLong()).isEqualTo(grantId);
        assertThat(steps(chain)).containsExactly("ENTRY_VERSION", "MOUNT", "APPLICATION_SUBMITTED",
                "APPLICATION_DECIDED", "GRANT", "USAGE");
        JsonNode call = step(chain, "USAGE");
        assertThat(call.get("type").asText()).isEqualTo("EXCHANGE_USAGE");
        assertThat(call.get("summary").asText()).contains(requestId, "VERIFY");
        long index = call.get("ledgerIndex").asLong();
        assertThat(call.get("proofUrl").asText()).contains("requestId=" + requestId);
        assertThat(verifyOffline(download(call.get("proofUrl").asText(), "spj_user"), index)).contains("OK");
        assertThat(verifyOffline(download("/api/v1/provenance/proof?index=" + index, "auditor"), index)).contains("OK");

        JsonNode byGrant = api.get("/api/v1/provenance?grantId=" + grantId, tokenOf("gaj_approver")).body();
        assertThat(step(byGrant, "USAGE").get("ledgerIndex").asLong()).isEqualTo(index);

        Response hidden = api.get("/api/v1/provenance?requestId=" + requestId, tokenOf("mzj_user"));
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.body().get("code").asText()).isEqualTo("PROVENANCE_NOT_FOUND");
        Response unknown = api.get("/api/v1/provenance?requestId=req-none-" + unique(), spj, "en");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("code").asText()).isEqualTo("PROVENANCE_NOT_FOUND");
    }

    @Test
    void badQueriesAreFieldErrors() {
        Response none = api.get("/api/v1/provenance", spj);
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.body().get("errors").get(0).get("code").asText()).isEqualTo("PROVENANCE_QUERY_REQUIRED");
        Response both = api.get("/api/v1/provenance?grantId=1&requestId=x", spj, "en");
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.body().get("errors").get(0).get("message").asText()).contains("either");
        assertThat(api.get("/api/v1/provenance?grantId=abc", spj).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/provenance/proof?grantId=" + grantId, spj).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/provenance/proof?index=x&grantId=" + grantId, spj).status()).isEqualTo(400);
    }

    @Test
    void thePageShowsTheTimelineWithProofLinksInChineseAndEnglish() throws Exception {
        String requestId = usage(3);
        Response page = api.send("GET", "/provenance?q=" + requestId, spj, null, null, "text/html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("数据溯源", "id=\"provenance-steps\"", "data-step=\"USAGE\"", "data-step=\"GRANT\"",
                "下载证明", applicationNumber, "/provenance/proof?index=");
        Response english = api.send("GET", "/provenance?by=grant&q=" + grantId + "&lang=en", spj, null, "en", "text/html");
        assertThat(english.text()).contains("Data provenance", "Download proof", "Application submitted");
        Response missing = api.send("GET", "/provenance?q=987654321", spj, null, null, "text/html");
        assertThat(missing.text()).contains("id=\"provenance-error\"");
        long index = step(api.get("/api/v1/provenance?grantId=" + grantId, spj).body(), "GRANT").get("ledgerIndex").asLong();
        Response zip = api.send("GET", "/provenance/proof?index=" + index + "&grantId=" + grantId, spj, null, null, "*/*");
        assertThat(zip.status()).isEqualTo(200);
        assertThat(zip.header("Content-Disposition")).contains("provenance-proof-" + index + ".zip");
        assertThat(api.send("GET", "/provenance", tokenOf("operator"), null, null, "text/html").text())
                .contains("id=\"provenance-search\"");
    }
}
