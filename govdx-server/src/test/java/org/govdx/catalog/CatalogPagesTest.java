package org.govdx.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govdx.catalog.CatalogFixtures.confirmations;
import static org.govdx.catalog.CatalogFixtures.population;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.govdx.ApiClient.Response;
import org.govdx.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The catalog pages render for the roles that use them (pages accept the API's bearer tokens too). */
class CatalogPagesTest extends IntegrationTest {

    private Response page(String path, String user) {
        return api.send("GET", path, tokenOf(user), null, null, "text/html");
    }

    @Test
    void searchPageShowsHitsAndFacets() {
        Response r = page("/catalog?q=" + URLEncoder.encode("人口基本信息", StandardCharsets.UTF_8), "spj_user");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).contains("人口基本信息", "data-facet=\"shareType\"", "中卫市公安局", "有条件共享");
        Response english = api.send("GET", "/catalog?lang=en", tokenOf("spj_user"), null, "en", "text/html");
        assertThat(english.text()).contains("Government data catalog", "Share type");
        Response filtered = page("/catalog?shareType=UNCONDITIONAL&provider=ZW-SCJGJ", "spj_user");
        assertThat(filtered.text()).contains("法人基本信息").doesNotContain(">人口基本信息<");
    }

    @Test
    void detailPageShowsMetadataItemsVersionsAndTheirDifference() {
        String gaj = tokenOf("gaj_catalog");
        long id = api.post("/api/v1/catalog", gaj, population("页面详情-" + unique())).body().get("id").asLong();
        api.post("/api/v1/catalog/" + id + "/submit", gaj, confirmations());
        api.post("/api/v1/catalog/" + id + "/review", tokenOf("operator"), Map.of("approve", true, "comment", "好"));
        api.put("/api/v1/catalog/" + id, gaj, Map.of("summary", "第二版摘要"));

        Response owner = page("/catalog/" + id, "gaj_catalog");
        assertThat(owner.status()).isEqualTo(200);
        assertThat(owner.text()).contains("第二版摘要", "公民身份号码", "id=\"versions\"", "id=\"submit-form\"",
                "id=\"withdraw-form\"", "未挂载");
        Response diff = page("/catalog/" + id + "?from=1&to=2", "gaj_catalog");
        assertThat(diff.text()).contains("id=\"comparison\"", "第二版摘要");
        Response consumer = page("/catalog/" + id, "spj_user");
        assertThat(consumer.text()).doesNotContain("第二版摘要").doesNotContain("id=\"submit-form\"");
        assertThat(page("/catalog/" + id + "/edit", "gaj_catalog").text()).contains("id=\"entry-form\"", "id_number");
    }

    @Test
    void editorReviewQueueAndImportPagesRender() {
        assertThat(page("/catalog/new", "gaj_catalog").text()).contains("id=\"entry-form\"", "10100101");
        Response queue = page("/catalog/reviews", "operator");
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.text()).contains("自然人公共信用信息", "id=\"mounting-rates\"");
        assertThat(page("/catalog/import", "gaj_catalog").text()).contains("id=\"import-form\"");
        assertThat(page("/catalog/reviews", "gaj_catalog").status()).isEqualTo(403);
        Response nav = page("/", "gaj_user");
        assertThat(nav.text()).contains("data-nav=\"/catalog\"");
        assertThat(page("/", "auditor").text()).doesNotContain("data-nav=\"/catalog\"");
    }

    @Test
    void formPostsCreateAndReportFieldErrors() {
        Response r = api.send("POST", "/catalog", tokenOf("gaj_catalog"), null, null, "text/html");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).contains("is-invalid", "id=\"form-error\"");
    }
}
