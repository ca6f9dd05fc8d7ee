package org.govdx.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govdx.ApiClient;
import org.govdx.ApiClient.Response;
import tools.jackson.databind.JsonNode;

/** Entries, sources, mounts and scans for the quality tests, all through the API. */
final class QualityFixtures {

    static final String PG_SCHEMA = "govdx_quality_test";
    static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String PG_SOURCE_URL = PG_URL + "?currentSchema=" + PG_SCHEMA;
    static final String MARIA_URL = "jdbc:mariadb://127.0.0.1:3306/test";

    private QualityFixtures() {
    }

    static Map<String, Object> item(String code, String name, String dataType, String maskingRule, boolean key) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("code", code);
        item.put("name", name);
        item.put("dataType", dataType);
        item.put("maskingRule", maskingRule);
        item.put("key", key);
        return item;
    }

    static long createEntry(ApiClient api, String token, String name, String cycle, List<Map<String, Object>> items) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("summary", "数据质量测试用目录资源。");
        body.put("classification", "101001");
        body.put("format", "DATABASE");
        body.put("shareType", "CONDITIONAL");
        body.put("shareCondition", "仅限测试。");
        body.put("shareMode", "API");
        body.put("openType", "NOT_OPEN");
        body.put("updateCycle", cycle);
        body.put("grade", "GENERAL_3");
        body.put("items", items);
        Response r = api.post("/api/v1/catalog", token, body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.body().get("id").asLong();
    }

    static void publish(ApiClient api, String providerToken, String operatorToken, long entryId) {
        Response submitted = api.post("/api/v1/catalog/" + entryId + "/submit", providerToken,
                Map.of("confidentialityRiskAssessed", true, "personalInfoImpactAssessed", true, "approvedBy", "王局长"));
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        Response reviewed = api.post("/api/v1/catalog/" + entryId + "/review", operatorToken,
                Map.of("approve", true, "comment", "同意发布"));
        assertThat(reviewed.status()).as(reviewed.text()).isEqualTo(200);
    }

    static long registerJdbc(ApiClient api, String token, String name, String url, String user) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("type", "JDBC");
        body.put("jdbcUrl", url);
        body.put("username", user);
        body.put("password", "");
        Response r = api.post("/api/v1/datasources", token, body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.body().get("id").asLong();
    }

    static void mount(ApiClient api, String token, long entryId, long sourceId, String table, String key,
                      String change, Map<String, String> columns) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "TABLE");
        body.put("dataSourceId", sourceId);
        body.put("table", table);
        body.put("keyColumn", key);
        body.put("changeTimestampColumn", change);
        body.put("columns", columns);
        Response r = api.put("/api/v1/catalog/" + entryId + "/mount", token, body);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
    }

    /** Removes the rules proposed when the entry was mounted, so that a test states its own. */
    static void clearRules(ApiClient api, String token, long entryId) {
        Response rules = api.get("/api/v1/quality/rules?entryId=" + entryId, token);
        assertThat(rules.status()).as(rules.text()).isEqualTo(200);
        for (JsonNode r : rules.body()) {
            assertThat(api.send("DELETE", "/api/v1/quality/rules/" + r.get("id").asLong(), token, null, null).status())
                    .isEqualTo(204);
        }
    }

    static long rule(ApiClient api, String token, long entryId, String type, String item, Map<String, Object> params) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entryId", entryId);
        body.put("ruleType", type);
        body.put("itemCode", item);
        body.put("severity", "MEDIUM");
        body.put("threshold", 1.0);
        body.put("params", params);
        Response r = api.post("/api/v1/quality/rules", token, body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.body().get("id").asLong();
    }

    /** Starts a scan and waits for its end. */
    static JsonNode scan(ApiClient api, String token, long entryId, Integer limit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entryId", entryId);
        if (limit != null) {
            body.put("timeLimitSeconds", limit);
        }
        Response started = api.post("/api/v1/quality/scans", token, body);
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        long id = started.body().get("id").asLong();
        return await(api, token, id);
    }

    static JsonNode await(ApiClient api, String token, long scanId) {
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            Response r = api.get("/api/v1/quality/scans/" + scanId, token);
            assertThat(r.status()).as(r.text()).isEqualTo(200);
            if (!r.body().get("status").asText().equals("RUNNING")) {
                return r.body();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("scan " + scanId + " did not end");
    }

    static JsonNode resultOf(JsonNode scan, long ruleId) {
        for (JsonNode r : scan.get("results")) {
            if (r.get("ruleId").asLong() == ruleId) {
                return r;
            }
        }
        throw new AssertionError("no result of rule " + ruleId + " in " + scan);
    }

    static List<JsonNode> list(JsonNode content) {
        List<JsonNode> out = new ArrayList<>();
        content.forEach(out::add);
        return out;
    }
}
