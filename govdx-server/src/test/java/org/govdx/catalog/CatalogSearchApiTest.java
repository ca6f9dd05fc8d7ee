package org.govdx.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govdx.catalog.CatalogFixtures.confirmations;
import static org.govdx.catalog.CatalogFixtures.population;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govdx.ApiClient.Response;
import org.govdx.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CatalogSearchApiTest extends IntegrationTest {

    private JsonNode create(String owner, Map<String, Object> body) {
        Response r = api.post("/api/v1/catalog", tokenOf(owner), body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.body();
    }

    private long publish(String owner, Map<String, Object> body) {
        long id = create(owner, body).get("id").asLong();
        assertThat(api.post("/api/v1/catalog/" + id + "/submit", tokenOf(owner), confirmations()).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/catalog/" + id + "/review", tokenOf("operator"),
                Map.of("approve", true, "comment", "同意")).status()).isEqualTo(200);
        return id;
    }

    private Response search(String user, String query) {
        return api.get("/api/v1/catalog?" + query, tokenOf(user));
    }

    private static String q(String words) {
        return "q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    private static List<Long> ids(Response r) {
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        r.body().get("content").forEach(h -> ids.add(h.get("id").asLong()));
        return ids;
    }

    private static Map<String, Long> facet(Response r, String dim) {
        Map<String, Long> counts = new HashMap<>();
        r.body().get("facets").get(dim).forEach(f -> counts.put(f.get("value").asText(), f.get("count").asLong()));
        return counts;
    }

    private static Map<String, Object> tagged(String name, String tag) {
        Map<String, Object> body = population(name);
        body.put("tags", List.of("人口", tag));
        return body;
    }

    @Test
    void chineseWordsFindPublishedEntriesForEveryone() {
        String tag = "T" + unique();
        long id = publish("gaj_catalog", tagged("婚姻登记信息查询", tag));
        Response r = search("spj_user", q("婚姻登记 " + tag));
        assertThat(ids(r)).containsExactly(id);
        assertThat(r.body().get("totalElements").asLong()).isEqualTo(1);
        JsonNode hit = r.body().get("content").get(0);
        assertThat(hit.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(hit.get("providerOrgName").asText()).isEqualTo("中卫市公安局");
        assertThat(hit.get("itemNames").toString()).contains("公民身份号码");
        // item names and the provider's name are searched too
        assertThat(ids(search("spj_user", q("公民身份号码 " + tag)))).containsExactly(id);
        assertThat(ids(search("spj_user", q("公安局 " + tag)))).containsExactly(id);
        // and the resource code finds its entry
        String code = api.get("/api/v1/catalog/" + id, tokenOf("spj_user")).body().get("code").asText();
        assertThat(ids(search("spj_user", q(code)))).contains(id);
        // words that are not there find nothing
        assertThat(ids(search("spj_user", q("不动产 " + tag)))).isEmpty();
    }

    @Test
    void draftsAreFoundOnlyByTheProviderOrgAndTheOperator() {
        String tag = "T" + unique();
        long id = create("gaj_catalog", tagged("草稿检索", tag)).get("id").asLong();
        assertThat(ids(search("gaj_user", q(tag)))).containsExactly(id);
        assertThat(ids(search("operator", q(tag)))).containsExactly(id);
        assertThat(ids(search("spj_user", q(tag)))).isEmpty();
        assertThat(ids(search("mzj_catalog", q(tag)))).isEmpty();
        assertThat(search("auditor", q(tag)).status()).isEqualTo(403);
    }

    @Test
    void aPendingVersionIsSeenByItsProviderWhileOthersSeeThePublishedOne() {
        String tag = "T" + unique();
        long id = publish("gaj_catalog", tagged("版本检索第一版", tag));
        Response changed = api.put("/api/v1/catalog/" + id, tokenOf("gaj_catalog"), Map.of("name", "版本检索第二版"));
        assertThat(changed.status()).isEqualTo(200);

        Response provider = search("gaj_catalog", q(tag));
        assertThat(ids(provider)).containsExactly(id);
        assertThat(provider.body().get("content").get(0).get("version").asInt()).isEqualTo(2);
        assertThat(provider.body().get("content").get(0).get("status").asText()).isEqualTo("DRAFT");
        Response consumer = search("spj_user", q(tag));
        assertThat(ids(consumer)).containsExactly(id);
        assertThat(consumer.body().get("content").get(0).get("name").asText()).isEqualTo("版本检索第一版");
        assertThat(ids(search("operator", q(tag)))).containsExactly(id);
        assertThat(ids(search("spj_user", q("第二版 " + tag)))).isEmpty();
    }

    @Test
    void filtersNarrowAndFacetsCountTheResult() {
        String tag = "T" + unique();
        Map<String, Object> open = tagged("法人基本信息", tag);
        open.put("classification", "102001");
        open.put("shareType", "UNCONDITIONAL");
        open.put("format", "SPREADSHEET");
        open.put("grade", "GENERAL_2");
        long a = publish("scjgj_catalog", open);
        long b = publish("gaj_catalog", tagged("人口基本信息", tag));

        Response all = search("spj_user", q(tag));
        assertThat(ids(all)).containsExactlyInAnyOrder(a, b);
        assertThat(facet(all, "shareType")).containsEntry("UNCONDITIONAL", 1L).containsEntry("CONDITIONAL", 1L);
        assertThat(facet(all, "format")).containsEntry("SPREADSHEET", 1L).containsEntry("DATABASE", 1L);
        assertThat(facet(all, "provider")).containsEntry("ZW-SCJGJ", 1L).containsEntry("ZW-GAJ", 1L);
        assertThat(facet(all, "classification")).containsEntry("102", 1L).containsEntry("102001", 1L)
                .containsEntry("101", 1L);
        assertThat(facet(all, "grade")).containsEntry("GENERAL_2", 1L).containsEntry("GENERAL_3", 1L);
        assertThat(facet(all, "status")).containsEntry("PUBLISHED", 2L);
        assertThat(facet(all, "updateCycle")).containsEntry("DAILY", 2L);
        all.body().get("facets").get("provider").forEach(f -> assertThat(f.get("label").asText()).startsWith("中卫市"));

        assertThat(ids(search("spj_user", q(tag) + "&shareType=CONDITIONAL"))).containsExactly(b);
        assertThat(ids(search("spj_user", q(tag) + "&classification=102"))).containsExactly(a);
        assertThat(ids(search("spj_user", q(tag) + "&classification=101,102"))).containsExactlyInAnyOrder(a, b);
        assertThat(ids(search("spj_user", q(tag) + "&provider=ZW-SCJGJ"))).containsExactly(a);
        assertThat(ids(search("spj_user", q(tag) + "&format=DATABASE&grade=GENERAL_3"))).containsExactly(b);
        assertThat(ids(search("spj_user", q(tag) + "&status=DRAFT"))).isEmpty();

        Response paged = search("spj_user", q(tag) + "&size=1&page=1");
        assertThat(paged.body().get("content")).hasSize(1);
        assertThat(paged.body().get("totalElements").asLong()).isEqualTo(2);
        assertThat(paged.body().get("page").asInt()).isEqualTo(1);
    }

    @Test
    void theIndexFollowsWithdrawalAndCanBeRebuilt() {
        String tag = "T" + unique();
        long id = publish("gaj_catalog", tagged("注销检索", tag));
        api.post("/api/v1/catalog/" + id + "/withdraw", tokenOf("gaj_catalog"), Map.of("reason", "不再提供"));
        Response r = search("spj_user", q(tag));
        assertThat(ids(r)).containsExactly(id);
        assertThat(r.body().get("content").get(0).get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(ids(search("spj_user", q(tag) + "&status=PUBLISHED"))).isEmpty();

        Response rebuilt = api.post("/api/v1/catalog/index/rebuild", tokenOf("operator"), Map.of());
        assertThat(rebuilt.status()).isEqualTo(200);
        assertThat(rebuilt.body().get("indexed").asInt()).isPositive();
        assertThat(ids(search("spj_user", q(tag)))).containsExactly(id);
        assertThat(api.post("/api/v1/catalog/index/rebuild", tokenOf("gaj_catalog"), Map.of()).status()).isEqualTo(403);
    }

    @Test
    void withoutWordsEverythingVisibleIsListedNewestFirst() {
        Response r = search("spj_user", "size=5");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("size").asInt()).isEqualTo(5);
        assertThat(r.body().get("facets").has("shareType")).isTrue();
    }
}
