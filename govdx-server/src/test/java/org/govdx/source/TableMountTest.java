package org.govdx.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govdx.ApiClient.Response;
import org.govdx.IntegrationTest;
import org.govdx.common.IdCardNumber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** Mounting entries on real PostgreSQL and MariaDB tables, with checks, preview and masking. */
class TableMountTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    private String gaj;
    private SourceTestSupport.Facts facts;

    @BeforeAll
    static void sourceTables() throws Exception {
        SourceFixtures.postgresTables();
        SourceFixtures.mariadbTables();
    }

    @BeforeEach
    void signIn() {
        gaj = tokenOf("gaj_catalog");
        facts = SourceTestSupport.Facts.attach(context);
    }

    private long pgSource() {
        return SourceFixtures.registerJdbc(api, gaj, "人口库PG" + unique(), SourceFixtures.PG_SOURCE_URL, "postgres", "");
    }

    private long mariaSource() {
        return SourceFixtures.registerJdbc(api, gaj, "人口库MariaDB" + unique(), SourceTestSupport.MARIA_URL, "root", "");
    }

    private long personEntry() {
        return SourceFixtures.createEntry(api, gaj, SourceFixtures.entry("人口测试" + unique(), SourceFixtures.personItems()));
    }

    private static Map<String, String> errors(Response r) {
        assertThat(r.status()).as(r.text()).isEqualTo(400);
        Map<String, String> out = new LinkedHashMap<>();
        r.body().get("errors").forEach(e -> out.merge(e.get("field").asText(), e.get("code").asText(), (a, b) -> a + "," + b));
        return out;
    }

    @Test
    void everyMismatchIsReportedAsAFieldError() {
        long entry = personEntry();
        long source = pgSource();
        Map<String, String> columns = SourceFixtures.personColumns();
        columns.put("birth_date", "xm");          // text column for a DATE item
        columns.put("mobile", "no_such_column");
        columns.put("income", "bz");              // text for DECIMAL
        columns.remove("address");                // not mapped
        columns.put("bogus", "xm");               // not an item
        Response r = api.put("/api/v1/catalog/" + entry + "/mount", gaj,
                SourceFixtures.tableMount(source, "person", "missing_key", "xm", columns));
        Map<String, String> errors = errors(r);
        assertThat(errors).containsEntry("columns.birth_date", "COLUMN_TYPE_MISMATCH")
                .containsEntry("columns.mobile", "COLUMN_NOT_FOUND")
                .containsEntry("columns.income", "COLUMN_TYPE_MISMATCH")
                .containsEntry("columns.address", "ITEM_NOT_MAPPED")
                .containsEntry("columns.bogus", "UNKNOWN_ITEM")
                .containsEntry("keyColumn", "COLUMN_NOT_FOUND")
                .containsEntry("changeTimestampColumn", "CHANGE_COLUMN_TYPE");
        JsonNode mismatch = null;
        for (JsonNode e : r.body().get("errors")) {
            if (e.get("field").asText().equals("columns.birth_date")) {
                mismatch = e;
            }
        }
        assertThat(mismatch.get("message").asText()).contains("xm").contains("varchar").contains("DATE").contains("出生日期");

        assertThat(errors(api.put("/api/v1/catalog/" + entry + "/mount", gaj,
                SourceFixtures.tableMount(source, "person; DROP TABLE person", "sfzh", null, SourceFixtures.personColumns()))))
                .containsEntry("table", "TABLE_NOT_FOUND");
        Map<String, String> injected = SourceFixtures.personColumns();
        injected.put("name", "xm FROM person; DROP TABLE person; --");
        assertThat(errors(api.put("/api/v1/catalog/" + entry + "/mount", gaj,
                SourceFixtures.tableMount(source, "person", "sfzh", null, injected))))
                .containsEntry("columns.name", "COLUMN_NOT_FOUND");
        assertThat(errors(api.put("/api/v1/catalog/" + entry + "/mount", gaj, Map.of())))
                .containsKeys("type", "dataSourceId", "columns");
        assertThat(api.get("/api/v1/catalog/" + entry + "/mount", gaj).status()).isEqualTo(404);
    }

    @Test
    void aPostgresqlTableIsMountedAndPreviewedMasked() {
        long entry = personEntry();
        long source = pgSource();
        Response tables = api.get("/api/v1/datasources/" + source + "/tables", gaj);
        assertThat(tables.status()).as(tables.text()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        tables.body().forEach(t -> names.add(t.asText()));
        assertThat(names).contains("person", "Odd Table");
        Response columns = api.get("/api/v1/datasources/" + source + "/columns?table=person", gaj);
        assertThat(columns.text()).contains("\"name\":\"sfzh\"").contains("\"type\":\"varchar\"");

        Response mounted = api.put("/api/v1/catalog/" + entry + "/mount", gaj,
                SourceFixtures.tableMount(source, "person", "sfzh", "gxsj", SourceFixtures.personColumns()));
        assertThat(mounted.status()).as(mounted.text()).isEqualTo(200);
        assertThat(mounted.body().get("status").asText()).isEqualTo("MOUNTED");
        assertThat(mounted.body().get("table").asText()).isEqualTo("person");
        assertThat(mounted.body().get("changeTimestampColumn").asText()).isEqualTo("gxsj");
        assertThat(facts.of("MOUNT_CHANGED")).anySatisfy(f -> {
            assertThat(f.keys()).containsEntry("entryId", entry).containsEntry("table", "person");
            assertThat(f.orgCode()).isEqualTo("ZW-GAJ");
        });
        assertThat(api.get("/api/v1/catalog/" + entry, gaj).body().get("mount").get("status").asText())
                .isEqualTo("MOUNTED");

        Response preview = api.get("/api/v1/catalog/" + entry + "/preview", gaj);
        assertThat(preview.status()).as(preview.text()).isEqualTo(200);
        JsonNode rows = preview.body().get("rows");
        assertThat(rows).hasSize(Mounts.PREVIEW_ROWS);
        String first = SourceFixtures.idNumber(0);
        JsonNode row = null;
        for (JsonNode r : rows) {
            if (r.get("id_number").asText().startsWith(first.substring(0, 6))
                    && r.get("id_number").asText().endsWith(first.substring(14))) {
                row = r;
                break;
            }
        }
        assertThat(row).as("the person with id %s", first).isNotNull();
        assertThat(row.get("id_number").asText()).isEqualTo(first.substring(0, 6) + "********" + first.substring(14));
        assertThat(row.get("name").asText()).matches("张\\*+");
        assertThat(row.get("birth_date").asText()).isEqualTo("1950-01-01");
        assertThat(row.get("address").asText()).startsWith("宁夏回族自治区中卫市沙坡头区*");
        assertThat(row.get("mobile").asText()).matches("139\\*{4}\\d{4}");
        assertThat(row.get("household").asText()).matches("[0-9a-f]{64}");
        assertThat(row.get("alive").asBoolean()).isFalse();
        assertThat(row.get("income").isNull()).as("NULL rule withholds").isTrue();
        assertThat(preview.text()).doesNotContain(first).doesNotContain("鼓楼西街").doesNotContain("HH1000");
        assertThat(preview.body().get("columns").get(0).get("maskingRule").asText()).isEqualTo("ID_CARD");

        Response byOperator = api.get("/api/v1/catalog/" + entry + "/preview", tokenOf("operator"));
        assertThat(byOperator.status()).isEqualTo(200);
        assertThat(byOperator.body().get("rows").get(0).get("household").asText())
                .as("hashes are stable, so rows can be joined").isEqualTo(rows.get(0).get("household").asText());
        assertThat(api.get("/api/v1/catalog/" + entry + "/preview", tokenOf("scjgj_catalog")).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/catalog/" + entry + "/preview", tokenOf("gaj_user")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/catalog/" + entry + "/mount", tokenOf("operator")).status()).isEqualTo(200);
        assertThat(api.put("/api/v1/catalog/" + entry + "/mount", tokenOf("scjgj_catalog"),
                SourceFixtures.tableMount(source, "person", "sfzh", null, SourceFixtures.personColumns())).status())
                .isEqualTo(404);
    }

    @Test
    void identifiersAreQuotedPerDialect() {
        List<Map<String, Object>> items = List.of(
                SourceFixtures.item("full_name", "姓名", "STRING", "NAME", false),
                SourceFixtures.item("odd", "怪名列", "STRING", "NONE", false),
                SourceFixtures.item("num", "编号", "INTEGER", "NONE", true));
        long pgEntry = SourceFixtures.createEntry(api, gaj, SourceFixtures.entry("怪名表" + unique(), items));
        Response pg = api.put("/api/v1/catalog/" + pgEntry + "/mount", gaj, SourceFixtures.tableMount(pgSource(),
                "Odd Table", "ID", null, Map.of("full_name", "Full Name", "odd", "say\"hi", "num", "ID")));
        assertThat(pg.status()).as(pg.text()).isEqualTo(200);
        Response pgPreview = api.get("/api/v1/catalog/" + pgEntry + "/preview", gaj);
        assertThat(pgPreview.status()).as(pgPreview.text()).isEqualTo(200);
        assertThat(pgPreview.body().get("rows").get(0).get("full_name").asText()).isEqualTo("欧***");
        assertThat(pgPreview.body().get("rows").get(0).get("num").asLong()).isEqualTo(1);

        long mariaEntry = SourceFixtures.createEntry(api, gaj, SourceFixtures.entry("怪名表M" + unique(), items));
        Response maria = api.put("/api/v1/catalog/" + mariaEntry + "/mount", gaj, SourceFixtures.tableMount(mariaSource(),
                "odd table", "id", null, Map.of("full_name", "full name", "odd", "back`tick", "num", "id")));
        assertThat(maria.status()).as(maria.text()).isEqualTo(200);
        Response mariaPreview = api.get("/api/v1/catalog/" + mariaEntry + "/preview", gaj);
        assertThat(mariaPreview.status()).as(mariaPreview.text()).isEqualTo(200);
        assertThat(mariaPreview.body().get("rows").get(0).get("odd").asText()).isEqualTo("x");
    }

    @Test
    void aMariadbTableIsMountedAndPreviewedMasked() {
        long entry = personEntry();
        Response mounted = api.put("/api/v1/catalog/" + entry + "/mount", gaj, SourceFixtures.tableMount(mariaSource(),
                "govdx_src_person", "sfzh", "gxsj", SourceFixtures.personColumns()));
        assertThat(mounted.status()).as(mounted.text()).isEqualTo(200);
        Response preview = api.get("/api/v1/catalog/" + entry + "/preview", gaj);
        assertThat(preview.status()).as(preview.text()).isEqualTo(200);
        JsonNode rows = preview.body().get("rows");
        assertThat(rows).hasSize(20);
        for (JsonNode row : rows) {
            assertThat(row.get("id_number").asText()).matches("640502\\*{8}\\d{3}[0-9X]");
            assertThat(row.get("birth_date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(row.get("alive").isBoolean()).isTrue();
        }
        assertThat(preview.text()).doesNotContain(SourceFixtures.idNumber(3));
        assertThat(IdCardNumber.isValid(SourceFixtures.idNumber(3))).isTrue();
    }

    @Test
    void aCheckFindsABrokenMountAndNamesTheReason() throws Exception {
        SourceFixtures.execute("jdbc:postgresql://127.0.0.1:5432/test", "postgres",
                "CREATE TABLE " + SourceFixtures.PG_SCHEMA + ".person_break AS SELECT * FROM " + SourceFixtures.PG_SCHEMA
                        + ".person");
        long entry = personEntry();
        long source = pgSource();
        assertThat(api.put("/api/v1/catalog/" + entry + "/mount", gaj, SourceFixtures.tableMount(source,
                "person_break", "sfzh", null, SourceFixtures.personColumns())).status()).isEqualTo(200);
        SourceFixtures.execute("jdbc:postgresql://127.0.0.1:5432/test", "postgres",
                "ALTER TABLE " + SourceFixtures.PG_SCHEMA + ".person_break DROP COLUMN sjhm");

        Response preview = api.get("/api/v1/catalog/" + entry + "/preview", gaj);
        assertThat(preview.status()).isEqualTo(502);
        assertThat(preview.body().get("code").asText()).isEqualTo("SOURCE_UNAVAILABLE");
        assertThat(preview.text()).doesNotContain("PSQL").doesNotContain("Exception");

        Response checked = api.post("/api/v1/catalog/" + entry + "/mount/check", gaj, "{}");
        assertThat(checked.status()).as(checked.text()).isEqualTo(200);
        assertThat(checked.body().get("status").asText()).isEqualTo("BROKEN");
        assertThat(checked.body().get("reasonCode").asText()).isEqualTo("COLUMN_NOT_FOUND");
        assertThat(checked.body().get("reason").asText()).contains("sjhm");
        JsonNode mount = api.get("/api/v1/catalog/" + entry, gaj).body().get("mount");
        assertThat(mount.get("status").asText()).isEqualTo("BROKEN");
        assertThat(mount.get("reason").asText()).contains("sjhm");

        SourceFixtures.execute("jdbc:postgresql://127.0.0.1:5432/test", "postgres",
                "ALTER TABLE " + SourceFixtures.PG_SCHEMA + ".person_break ADD COLUMN sjhm VARCHAR(11)");
        assertThat(api.post("/api/v1/catalog/" + entry + "/mount/check", gaj, "{}").body().get("status").asText())
                .isEqualTo("MOUNTED");

        assertThat(api.put("/api/v1/datasources/" + source, gaj,
                Map.of("jdbcUrl", "jdbc:postgresql://127.0.0.1:1/test")).status()).isEqualTo(200);
        Response down = api.post("/api/v1/catalog/" + entry + "/mount/check", gaj, "{}");
        assertThat(down.body().get("status").asText()).isEqualTo("BROKEN");
        assertThat(down.body().get("reasonCode").asText()).isEqualTo("SOURCE_HOST_UNREACHABLE");
    }

    @Test
    void theOperatorSeesMountingRatesPerOrg() {
        long entry = personEntry();
        SourceFixtures.publish(api, gaj, tokenOf("operator"), entry);
        assertThat(api.put("/api/v1/catalog/" + entry + "/mount", gaj, SourceFixtures.tableMount(pgSource(),
                "person", "sfzh", null, SourceFixtures.personColumns())).status()).isEqualTo(200);
        Response rates = api.get("/api/v1/mounts/rates", tokenOf("operator"));
        assertThat(rates.status()).as(rates.text()).isEqualTo(200);
        JsonNode gajRate = null;
        for (JsonNode r : rates.body().get("content")) {
            if (r.get("orgCode").asText().equals("ZW-GAJ")) {
                gajRate = r;
            }
        }
        assertThat(gajRate).isNotNull();
        assertThat(gajRate.get("published").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(gajRate.get("mounted").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(gajRate.get("rate").asDouble()).isBetween(0.0, 1.0);
        assertThat(api.get("/api/v1/mounts/rates", gaj).status()).isEqualTo(403);
        Response mine = api.get("/api/v1/mounts", gaj);
        assertThat(mine.text()).contains("\"entryId\":" + entry);
    }
}
