package org.govdx.source.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govdx.ApiClient.Response;
import org.govdx.IntegrationTest;
import org.govdx.catalog.CatalogItemView;
import org.govdx.catalog.DataGrade;
import org.govdx.catalog.ItemDataType;
import org.govdx.common.CreditCode;
import org.govdx.common.IdCardNumber;
import org.govdx.common.masking.MaskingRule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The demo city's department source databases and the mounting of demo entries on generated tables. */
class DemoSourcesTest extends IntegrationTest {

    @Autowired
    DemoSources demo;
    @Autowired
    JdbcClient jdbc;

    private static Map<String, Object> item(String code, String name, String type, String rule, boolean key) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("code", code);
        item.put("name", name);
        item.put("dataType", type);
        item.put("maskingRule", rule);
        item.put("key", key);
        return item;
    }

    @Test
    void everyDepartmentHasAWorkingDemoDatabase() throws Exception {
        demo.awaitDemoMounts(java.time.Duration.ofSeconds(60));
        for (String prefix : List.of("gaj", "scjgj", "rsj", "wjw")) {
            String token = tokenOf(prefix + "_catalog");
            JsonNode list = api.get("/api/v1/datasources?size=1000", token).body().get("content");
            JsonNode demoSource = null;
            for (JsonNode s : list) {
                if (s.get("name").asText().equals(DemoSources.SOURCE_NAME)) {
                    demoSource = s;
                }
            }
            assertThat(demoSource).as("demo source of %s", prefix).isNotNull();
            assertThat(demoSource.get("jdbcUrl").asText()).contains("demo-sources");
            Response test = api.post("/api/v1/datasources/" + demoSource.get("id").asLong() + "/test", token, "{}");
            assertThat(test.body().get("code").asText()).as(test.text()).isEqualTo("OK");
            assertThat(test.body().get("product").asText()).startsWith("H2");
        }
    }

    @Test
    void aDemoEntryIsMountedOnAGeneratedTableOfWellFormedData() {
        String gaj = tokenOf("gaj_catalog");
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(item("id_number", "公民身份号码", "STRING", "ID_CARD", true));
        items.add(item("name", "姓名", "STRING", "NAME", false));
        items.add(item("gender", "性别", "STRING", "NONE", false));
        items.add(item("birth_date", "出生日期", "DATE", "NONE", false));
        items.add(item("address", "户籍地址", "STRING", "ADDRESS", false));
        items.add(item("key", "户号", "STRING", "NONE", false));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "人口基本信息（演示）" + unique());
        body.put("summary", "演示用人口信息。");
        body.put("classification", "101001");
        body.put("format", "DATABASE");
        body.put("shareType", "CONDITIONAL");
        body.put("shareCondition", "仅限身份核验。");
        body.put("shareMode", "API");
        body.put("openType", "NOT_OPEN");
        body.put("updateCycle", "DAILY");
        body.put("grade", "GENERAL_3");
        body.put("items", items);
        Response created = api.post("/api/v1/catalog", gaj, body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long id = created.body().get("id").asLong();

        long start = System.nanoTime();
        assertThat(demo.mountDemoEntryForTest(id, "gaj.population_test_" + id)).isTrue();
        assertThat((System.nanoTime() - start) / 1_000_000).as("one demo table in well under a second").isLessThan(3000);

        Response mount = api.get("/api/v1/catalog/" + id + "/mount", gaj);
        assertThat(mount.status()).as(mount.text()).isEqualTo(200);
        assertThat(mount.body().get("status").asText()).isEqualTo("MOUNTED");
        assertThat(mount.body().get("table").asText()).isEqualTo("population_test_" + id);
        assertThat(mount.body().get("changeTimestampColumn").asText()).isEqualTo("updated_at");

        Response preview = api.get("/api/v1/catalog/" + id + "/preview", gaj);
        assertThat(preview.status()).as(preview.text()).isEqualTo(200);
        for (JsonNode row : preview.body().get("rows")) {
            assertThat(row.get("id_number").asText()).matches("6405\\d{2}\\*{8}\\d{3}[0-9X]");
            assertThat(row.get("gender").asText()).isIn("男", "女");
            assertThat(row.get("address").asText()).startsWith("宁夏回族自治区中卫市");
        }

        String url = jdbc.sql("SELECT jdbc_url FROM data_source WHERE id = ?")
                .param(mount.body().get("dataSourceId").asLong()).query(String.class).single();
        try (var c = java.sql.DriverManager.getConnection(url, "sa", "");
             var rs = c.createStatement().executeQuery("SELECT id_number FROM population_test_" + id)) {
            int rows = 0;
            while (rs.next()) {
                rows++;
                assertThat(IdCardNumber.isValid(rs.getString(1))).as(rs.getString(1)).isTrue();
            }
            assertThat(rows).isEqualTo(300);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theCatalogsDemoEntriesAreMountedOnTheirDepartmentsDatabases() throws Exception {
        assertThat(demo.awaitDemoMounts(java.time.Duration.ofSeconds(60))).isGreaterThanOrEqualTo(25);
        String gaj = tokenOf("gaj_catalog");
        Response mine = api.get("/api/v1/mounts", gaj);
        assertThat(mine.status()).isEqualTo(200);
        JsonNode population = null;
        for (JsonNode m : mine.body()) {
            if (m.get("table").asText().equals("population_basic")) {
                population = m;
            }
        }
        assertThat(population).as(mine.text()).isNotNull();
        assertThat(population.get("status").asText()).isEqualTo("MOUNTED");
        assertThat(population.get("dataSourceName").asText()).isEqualTo(DemoSources.SOURCE_NAME);
        Response preview = api.get("/api/v1/catalog/" + population.get("entryId").asLong() + "/preview",
                tokenOf("operator"));
        assertThat(preview.status()).as(preview.text()).isEqualTo(200);
        assertThat(preview.body().get("rows")).hasSize(20);

        Response rates = api.get("/api/v1/mounts/rates", tokenOf("operator"));
        List<String> orgsWithMounts = new ArrayList<>();
        rates.body().get("content").forEach(r -> {
            if (r.get("mounted").asInt() > 0) {
                orgsWithMounts.add(r.get("orgCode").asText());
            }
        });
        assertThat(orgsWithMounts).contains("ZW-GAJ", "ZW-MZJ", "ZW-RSJ", "ZW-SCJGJ", "ZW-WJW", "ZW-ZRZYJ");
    }

    @Test
    void tableNamesComeFromDemoKeys() {
        assertThat(DemoSources.tableName("gaj.population_basic", 7)).isEqualTo("population_basic");
        assertThat(DemoSources.tableName("odd key; drop", 7)).isEqualTo("resource_7");
        assertThat(DemoSources.tableName(null, 8)).isEqualTo("resource_8");
    }

    @Test
    void demoValuesAreWellFormedAndDeterministic() {
        DemoValues a = new DemoValues(42);
        DemoValues b = new DemoValues(42);
        CatalogItemView credit = new CatalogItemView("uscc", "统一社会信用代码", ItemDataType.STRING, 18, null,
                DataGrade.GENERAL_1, MaskingRule.CREDIT_CODE, null, true);
        CatalogItemView mobile = new CatalogItemView("mobile", "联系电话", ItemDataType.STRING, 11, null,
                DataGrade.GENERAL_2, MaskingRule.MOBILE, null, false);
        CatalogItemView person = new CatalogItemView("legal_rep", "法定代表人", ItemDataType.STRING, 50, null,
                DataGrade.GENERAL_2, MaskingRule.NAME, null, false);
        for (int i = 0; i < 200; i++) {
            Object code = a.value(credit, i);
            assertThat(CreditCode.isValid((String) code)).as("%s", code).isTrue();
            assertThat(b.value(credit, i)).isEqualTo(code);
            assertThat((String) a.value(mobile, i)).matches("1[3-8]\\d{9}");
            assertThat((String) a.value(person, i)).matches("\\p{IsHan}{2,4}");
            b.value(mobile, i);
            b.value(person, i);
        }
    }
}
