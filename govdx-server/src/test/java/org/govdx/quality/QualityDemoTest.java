package org.govdx.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.govdx.ApiClient.Response;
import org.govdx.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A fresh demo city shows scores below 100 and open issues, found in its deliberately flawed tables. */
class QualityDemoTest extends IntegrationTest {

    private long demoEntry(String token, String table) throws InterruptedException {
        long until = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < until) {
            Response mounts = api.get("/api/v1/mounts", token);
            for (JsonNode m : mounts.body()) {
                if (m.get("table").asText().equals(table)) {
                    return m.get("entryId").asLong();
                }
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("demo table " + table + " not mounted");
    }

    /** The newest successful scan of an entry that has results of {@code ruleType}, waiting for the demo's scans. */
    private JsonNode scanned(String token, long entryId, String ruleType) throws InterruptedException {
        long until = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < until) {
            Response scans = api.get("/api/v1/quality/scans?entryId=" + entryId, token);
            assertThat(scans.status()).as(scans.text()).isEqualTo(200);
            for (JsonNode s : scans.body().get("content")) {
                if (s.get("status").asText().equals("SUCCEEDED")) {
                    JsonNode scan = api.get("/api/v1/quality/scans/" + s.get("id").asLong(), token).body();
                    if (scan.get("results").toString().contains("\"ruleType\":\"" + ruleType + "\"")) {
                        return scan;
                    }
                }
            }
            Thread.sleep(2000);
        }
        throw new AssertionError("entry " + entryId + " was not scanned");
    }

    private static JsonNode result(JsonNode scan, String ruleType, String item) {
        for (JsonNode r : scan.get("results")) {
            if (r.get("ruleType").asText().equals(ruleType) && (item == null || r.get("itemCode").asText().equals(item))) {
                return r;
            }
        }
        throw new AssertionError(ruleType + " not in " + scan);
    }

    @Test
    void theDemoShowsDefectsScoresBelow100AndOpenIssues() throws Exception {
        String gaj = tokenOf("gaj_catalog");
        long population = demoEntry(gaj, "population_basic");
        JsonNode scan = scanned(gaj, population, "ID_CARD");
        assertThat(scan.get("rowCount").asLong()).isEqualTo(300);
        assertThat(result(scan, "ID_CARD", "id_number").get("failedRows").asLong()).isEqualTo(10);
        assertThat(result(scan, "NOT_NULL", "name").get("failedRows").asLong()).isEqualTo(8);
        assertThat(result(scan, "BIRTH_DATE_MATCH", "id_number").get("failedRows").asLong()).isEqualTo(5);
        assertThat(scan.get("scores").get("overall").asDouble()).isLessThan(100.0);
        Response issues = api.get("/api/v1/quality/issues?scope=provider&origin=RULE&entryId=" + population, gaj);
        assertThat(issues.body().get("totalElements").asLong()).isGreaterThanOrEqualTo(2);

        String mzj = tokenOf("mzj_catalog");
        long marriage = demoEntry(mzj, "marriage");
        JsonNode m = result(scanned(mzj, marriage, "MULTI_SOURCE"), "MULTI_SOURCE", "man_name");
        assertThat(m.get("detail").get("mismatched").asLong()).isEqualTo(12);
        assertThat(m.get("detail").get("missingInOther").asLong()).isEqualTo(12);
        assertThat(m.get("detail").get("matched").asLong()).isEqualTo(276);

        long permits = demoEntry(gaj, "residence_permit");
        assertThat(result(scanned(gaj, permits, "UNIQUE"), "UNIQUE", "permit_no").get("failedRows").asLong())
                .isEqualTo(6);
        long vehicles = demoEntry(gaj, "vehicle");
        assertThat(scanned(gaj, vehicles, "TIMELINESS").get("scores").get("timeliness").asDouble()).isLessThan(10.0);

        Response orgScores = api.get("/api/v1/quality/scores?orgId=" + scan.get("orgId").asLong() + "&period=week",
                tokenOf("leader"));
        assertThat(orgScores.status()).as(orgScores.text()).isEqualTo(200);
        assertThat(orgScores.body().get("average").get("overall").asDouble()).isLessThan(100.0);
        Response page = api.getText("/quality/entries/" + population, gaj);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("scan-results").contains("rule-form").doesNotContain("11010519");
    }
}
