package org.govdx.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.govdx.ApiClient.Response;
import org.govdx.IntegrationTest;
import org.govdx.catalog.DemoCatalogSeeded.DemoCatalogEntry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DemoCatalogTest extends IntegrationTest {

    @Test
    void theDemoCityPublishesAboutThirtyEntriesOfItsDepartments() {
        DemoCatalogSeeded demo = CatalogFactRecorder.demo;
        assertThat(demo).as("DemoCatalogSeeded published at start-up").isNotNull();
        assertThat(demo.entries()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(demo.entries().stream().filter(e -> e.status() == CatalogStatus.PUBLISHED).count())
                .isGreaterThanOrEqualTo(28);
        assertThat(demo.entries()).extracting(DemoCatalogEntry::providerOrgCode)
                .contains("ZW-GAJ", "ZW-MZJ", "ZW-RSJ", "ZW-SCJGJ", "ZW-SPJ", "ZW-DSJJ", "ZW-WJW", "ZW-ZRZYJ");

        DemoCatalogEntry population = demo.entry("gaj.population_basic").orElseThrow();
        JsonNode entry = api.get("/api/v1/catalog/" + population.id(), tokenOf("spj_user")).body();
        assertThat(entry.get("name").asText()).isEqualTo("人口基本信息");
        assertThat(entry.get("shareType").asText()).isEqualTo("CONDITIONAL");
        assertThat(entry.get("grade").asText()).isEqualTo("GENERAL_3");
        assertThat(entry.get("status").asText()).isEqualTo("PUBLISHED");
        List<String> items = new ArrayList<>();
        entry.get("items").forEach(i -> items.add(i.get("code").asText() + ":" + i.get("maskingRule").asText()));
        assertThat(items).contains("id_number:ID_CARD", "name:NAME", "gender:NONE", "birth_date:NONE",
                "address:ADDRESS");

        DemoCatalogEntry enterprise = demo.entry("scjgj.legal_entity").orElseThrow();
        JsonNode legal = api.get("/api/v1/catalog/" + enterprise.id(), tokenOf("spj_user")).body();
        assertThat(legal.get("name").asText()).isEqualTo("法人基本信息");
        assertThat(legal.get("shareType").asText()).isEqualTo("UNCONDITIONAL");
        assertThat(demo.entry("mzj.marriage")).isPresent();
        assertThat(demo.entry("rsj.social_insurance")).isPresent();
        assertThat(demo.entry("zrzyj.real_estate")).isPresent();
        assertThat(demo.entry("wjw.medical_institution")).isPresent();
    }

    @Test
    void theStoryStartsWithASearch() {
        Response r = api.get("/api/v1/catalog?q=" + URLEncoder.encode("人口基本信息", StandardCharsets.UTF_8),
                tokenOf("spj_user"));
        assertThat(r.body().get("content").get(0).get("providerOrgCode").asText()).isEqualTo("ZW-GAJ");
        Response queue = api.get("/api/v1/catalog/reviews", tokenOf("operator"));
        List<String> waiting = new ArrayList<>();
        queue.body().get("content").forEach(t -> waiting.add(t.get("name").asText()));
        assertThat(waiting).contains("自然人公共信用信息");
    }
}
