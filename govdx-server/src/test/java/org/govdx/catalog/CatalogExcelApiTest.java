package org.govdx.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.govdx.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CatalogExcelApiTest extends IntegrationTest {

    private static final String[] HEADERS = {"资源序号", "资源名称", "资源分类代码", "资源摘要", "资源格式", "共享类型",
        "共享条件（有条件共享）/不予共享理由", "不予共享依据（法律法规、国务院决定）", "共享方式", "开放类型", "开放条件", "更新周期",
        "数据分级", "标签（；分隔）", "关联资源代码（；分隔）", "信息项代码", "信息项名称", "数据类型", "长度", "信息项描述",
        "信息项分级", "脱敏规则", "脱敏参数", "是否主键（是/否）"};
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    record Result(int status, JsonNode body, byte[] bytes, String contentType) {
    }

    private Result send(String method, String path, String token, byte[] body, String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<byte[]> r = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        String type = r.headers().firstValue("Content-Type").orElse("");
        JsonNode json = type.contains("json") ? JSON.readTree(r.body()) : null;
        return new Result(r.statusCode(), json, r.body(), type);
    }

    private Result importMultipart(String token, byte[] xlsx) throws Exception {
        String boundary = "----govdx" + unique();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"catalog.xlsx\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(xlsx);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send("POST", "/api/v1/catalog/import", token, body.toByteArray(),
                "multipart/form-data; boundary=" + boundary);
    }

    /** A filled-in template: each row is the 24 columns. */
    private static byte[] workbook(List<String[]> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("目录资源");
        for (int c = 0; c < HEADERS.length; c++) {
            ws.value(0, c, HEADERS[c]);
        }
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            for (int c = 0; c < row.length; c++) {
                if (row[c] != null && !row[c].isEmpty()) {
                    if ((c == 18 || c == 0) && row[c].matches("\\d+")) {
                        ws.value(r + 1, c, Integer.parseInt(row[c]));
                    } else {
                        ws.value(r + 1, c, row[c]);
                    }
                }
            }
        }
        wb.finish();
        return out.toByteArray();
    }

    private static String[] entryRow(String number, String name, String tag, String itemCode, String itemName) {
        return new String[] {number, name, "101001", "本资源汇集全市户籍人口的基本信息。", "数据库", "有条件共享",
            "仅限身份核验", "", "接口", "不予开放", "", "每日", "一般数据3级", "人口；" + tag, "", itemCode, itemName,
            "字符串", "18", "", "", "身份证号", "", "是"};
    }

    private static String[] itemRow(String number, String itemCode, String itemName, String dataType, String masking) {
        String[] row = new String[24];
        java.util.Arrays.fill(row, "");
        row[0] = number;
        row[15] = itemCode;
        row[16] = itemName;
        row[17] = dataType;
        row[21] = masking;
        row[23] = "否";
        return row;
    }

    private List<Long> searchIds(String token, String q) {
        JsonNode body = api.get("/api/v1/catalog?size=100&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), token).body();
        List<Long> ids = new ArrayList<>();
        body.get("content").forEach(h -> ids.add(h.get("id").asLong()));
        return ids;
    }

    @Test
    void templateHasTheGuidesColumnsInstructionsAndClassifications() throws Exception {
        Result r = send("GET", "/api/v1/catalog/template.xlsx", tokenOf("gaj_catalog"), null, null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).contains("spreadsheetml");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(r.bytes()))) {
            List<String> sheets = wb.getSheets().map(s -> s.getName()).toList();
            assertThat(sheets).containsExactly("目录资源", "填写说明", "资源分类");
            List<Row> rows = wb.getFirstSheet().read();
            List<String> header = new ArrayList<>();
            rows.get(0).forEach(c -> header.add(c.getText()));
            assertThat(header).containsExactly(HEADERS);
            List<Row> codes = wb.findSheet("资源分类").orElseThrow().read();
            assertThat(codes.stream().map(row -> row.getCellText(0)).toList()).contains("101", "10100101", "2", "3");
        }
        assertThat(send("GET", "/api/v1/catalog/template.xlsx", tokenOf("gaj_user"), null, null).status()).isEqualTo(403);
    }

    @Test
    void aValidWorkbookImportsDraftsOfTheCallersOrg() throws Exception {
        String tag = "X" + unique();
        List<String[]> rows = new ArrayList<>();
        rows.add(entryRow("1", "导入人口信息", tag, "id_number", "公民身份号码"));
        rows.add(itemRow("1", "name", "姓名", "字符串", "姓名"));
        rows.add(itemRow("1", "birth_date", "出生日期", "DATE", ""));
        String[] second = entryRow("2", "导入婚姻登记信息", tag, "cert_no", "结婚证字号");
        second[2] = "101002";
        second[5] = "UNCONDITIONAL";
        second[6] = "";
        second[21] = "";
        rows.add(second);
        rows.add(itemRow("2", "man_name", "男方姓名", "STRING", "NAME"));
        Result r = importMultipart(tokenOf("gaj_catalog"), workbook(rows));
        assertThat(r.status()).as(new String(r.bytes(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(r.body().get("imported").asInt()).isEqualTo(2);
        assertThat(r.body().get("items").asInt()).isEqualTo(5);
        long first = r.body().get("entries").get(0).get("id").asLong();
        JsonNode entry = api.get("/api/v1/catalog/" + first, tokenOf("gaj_catalog")).body();
        assertThat(entry.get("status").asText()).isEqualTo("DRAFT");
        assertThat(entry.get("providerOrgCode").asText()).isEqualTo("ZW-GAJ");
        assertThat(entry.get("shareType").asText()).isEqualTo("CONDITIONAL");
        assertThat(entry.get("items").get(0).get("key").asBoolean()).isTrue();
        assertThat(entry.get("items").get(0).get("length").asInt()).isEqualTo(18);
        assertThat(entry.get("items").get(2).get("dataType").asText()).isEqualTo("DATE");
        assertThat(entry.get("code").asText()).startsWith("101001/");
        assertThat(searchIds(tokenOf("gaj_catalog"), tag)).hasSize(2);
    }

    @Test
    void aWorkbookWithABadRowImportsNothingAndReportsEveryProblem() throws Exception {
        String tag = "X" + unique();
        List<String[]> rows = new ArrayList<>();
        rows.add(entryRow("1", "好的资源", tag, "id_number", "公民身份号码"));
        rows.add(itemRow("1", "name", "姓名", "字符串", "姓名"));
        String[] bad = entryRow("2", "坏的资源", tag, "name", "姓名");
        bad[2] = "999";
        bad[6] = "";
        rows.add(bad);
        rows.add(itemRow("2", "name", "姓名2", "文本", "姓名"));
        String[] conflicting = itemRow("2", "age", "年龄", "INTEGER", "");
        conflicting[1] = "另一个名字";
        conflicting[18] = "abc";
        rows.add(conflicting);
        Result r = send("POST", "/api/v1/catalog/import", tokenOf("gaj_catalog"), workbook(rows),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("code").asText()).isEqualTo("IMPORT_REJECTED");
        List<String> report = new ArrayList<>();
        r.body().get("report").forEach(p -> report.add(p.get("row").asInt() + ":" + p.get("column").asText() + ":"
                + p.get("code").asText()));
        assertThat(report).containsExactlyInAnyOrder(
                "4:C:UNKNOWN_CLASSIFICATION",
                "4:G:SHARE_CONDITION_REQUIRED",
                "5:P:DUPLICATE_ITEM_CODE",
                "5:R:INVALID_ENUM",
                "6:B:CONFLICTING_ENTRY_VALUE",
                "6:S:INVALID_NUMBER");
        r.body().get("report").forEach(p -> {
            assertThat(p.get("message").asText()).isNotBlank();
            assertThat(p.get("header").asText()).isNotBlank();
        });
        assertThat(r.body().get("errors").size()).isEqualTo(6);
        assertThat(searchIds(tokenOf("gaj_catalog"), tag)).as("nothing imported").isEmpty();

        Result notXlsx = send("POST", "/api/v1/catalog/import", tokenOf("gaj_catalog"),
                "name,summary".getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(notXlsx.status()).isEqualTo(400);
        assertThat(notXlsx.body().get("report").get(0).get("code").asText()).isEqualTo("INVALID_SPREADSHEET");
    }

    @Test
    void tenThousandRowsImportWellUnderAMinute() throws Exception {
        String tag = "X" + unique();
        List<String[]> rows = new ArrayList<>();
        for (int e = 1; e <= 1000; e++) {
            String n = Integer.toString(e);
            rows.add(entryRow(n, "批量资源" + e, tag, "item_0", "信息项0"));
            for (int i = 1; i < 10; i++) {
                rows.add(itemRow(n, "item_" + i, "信息项" + i, "STRING", "NONE"));
            }
        }
        byte[] xlsx = workbook(rows);
        long start = System.nanoTime();
        Result r = importMultipart(tokenOf("gaj_catalog"), xlsx);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("BENCH import of %d rows (%d entries) took %.1f s%n", rows.size(), 1000, seconds);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("imported").asInt()).isEqualTo(1000);
        assertThat(r.body().get("items").asInt()).isEqualTo(10_000);
        assertThat(seconds).isLessThan(60);
        JsonNode found = api.get("/api/v1/catalog?size=1&q=" + tag, tokenOf("gaj_catalog")).body();
        assertThat(found.get("totalElements").asLong()).isEqualTo(1000);
    }

    @Test
    void exportWritesTheSearchResultOneRowPerItem() throws Exception {
        String tag = "X" + unique();
        Map<String, Object> body = CatalogFixtures.population("导出测试");
        body.put("tags", List.of(tag));
        JsonNode created = api.post("/api/v1/catalog", tokenOf("gaj_catalog"), body).body();
        Result r = send("GET", "/api/v1/catalog/export.xlsx?q=" + tag, tokenOf("gaj_catalog"), null, null);
        assertThat(r.status()).isEqualTo(200);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(r.bytes()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows).hasSize(1 + 4);
            assertThat(rows.get(0).getCellText(24)).isEqualTo("资源代码");
            assertThat(rows.get(1).getCellText(1)).isEqualTo("导出测试");
            assertThat(rows.get(1).getCellText(5)).isEqualTo("有条件共享");
            assertThat(rows.get(1).getCellText(24)).isEqualTo(created.get("code").asText());
            assertThat(rows.subList(1, 5).stream().map(row -> row.getCellText(15)).collect(Collectors.toList()))
                    .containsExactly("id_number", "name", "gender", "birth_date");
        }
        // a draft is not in another org's export
        Result other = send("GET", "/api/v1/catalog/export.xlsx?q=" + tag, tokenOf("spj_user"), null, null);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(other.bytes()))) {
            assertThat(wb.getFirstSheet().read()).hasSize(1);
        }
    }
}
