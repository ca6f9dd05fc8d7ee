package org.govdx.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.govdx.ApiClient.Response;
import org.govdx.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** FILE mounts on uploaded CSV/XLSX and API mounts on an HTTP source. */
class FileAndApiMountTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private String gaj;

    @BeforeEach
    void signIn() {
        gaj = tokenOf("gaj_catalog");
    }

    private static List<Map<String, Object>> items() {
        return List.of(
                SourceFixtures.item("id_number", "公民身份号码", "STRING", "ID_CARD", true),
                SourceFixtures.item("name", "姓名", "STRING", "NAME", false),
                SourceFixtures.item("birth_date", "出生日期", "DATE", "NONE", false),
                SourceFixtures.item("alive", "是否健在", "BOOLEAN", "NONE", false));
    }

    private long source(String type, String baseUrl, Map<String, String> headers) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", type + unique());
        body.put("type", type);
        body.put("baseUrl", baseUrl);
        body.put("headers", headers);
        Response r = api.post("/api/v1/datasources", gaj, body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.body().get("id").asLong();
    }

    private JsonNode upload(long sourceId, String fileName, byte[] content, int expected) throws Exception {
        String boundary = "----govdx" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/datasources/" + sourceId + "/files"))
                .header("Authorization", "Bearer " + gaj)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        return JSON.readTree(response.body());
    }

    private static Map<String, Object> fileMount(long sourceId, long fileId, Map<String, String> columns) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "FILE");
        body.put("dataSourceId", sourceId);
        body.put("fileId", fileId);
        body.put("keyColumn", "身份证号");
        body.put("columns", columns);
        return body;
    }

    @Test
    void aCsvFileInGb18030IsMountedByItsHeader() throws Exception {
        long entry = SourceFixtures.createEntry(api, gaj, SourceFixtures.entry("文件人口" + unique(), items()));
        long source = source("FILE", null, null);
        String csv = "身份证号,姓名,出生日期,是否健在,备注\r\n"
                + SourceFixtures.idNumber(1) + ",王芳,1951-02-02,是,\"含,逗号\"\r\n"
                + SourceFixtures.idNumber(2) + ",\"李\"\"娜\"\"\",1952/3/3,否,\"两\r\n行\"\r\n";
        JsonNode file = upload(source, "人口.csv", csv.getBytes(Charset.forName("GB18030")), 201);
        assertThat(file.get("columns").toString()).isEqualTo("[\"身份证号\",\"姓名\",\"出生日期\",\"是否健在\",\"备注\"]");
        assertThat(file.get("rows").asInt()).isEqualTo(2);
        assertThat(file.get("sm3").asText()).matches("[0-9a-f]{64}");
        long fileId = file.get("id").asLong();

        Map<String, String> wrong = new LinkedHashMap<>();
        wrong.put("id_number", "身份证号");
        wrong.put("name", "名字");
        wrong.put("birth_date", "姓名");
        wrong.put("alive", "是否健在");
        Response bad = api.put("/api/v1/catalog/" + entry + "/mount", gaj, fileMount(source, fileId, wrong));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text()).contains("\"field\":\"columns.name\"", "HEADER_NOT_FOUND", "\"field\":\"columns.birth_date\"",
                "VALUE_TYPE_MISMATCH", "王芳");

        Map<String, String> right = new LinkedHashMap<>(wrong);
        right.put("name", "姓名");
        right.put("birth_date", "出生日期");
        Response mounted = api.put("/api/v1/catalog/" + entry + "/mount", gaj, fileMount(source, fileId, right));
        assertThat(mounted.status()).as(mounted.text()).isEqualTo(200);
        assertThat(mounted.body().get("table").asText()).isEqualTo("人口.csv");

        Response preview = api.get("/api/v1/catalog/" + entry + "/preview", gaj);
        assertThat(preview.status()).as(preview.text()).isEqualTo(200);
        JsonNode rows = preview.body().get("rows");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("name").asText()).isEqualTo("王*");
        assertThat(rows.get(1).get("name").asText()).isEqualTo("李***");
        assertThat(rows.get(1).get("birth_date").asText()).isEqualTo("1952-03-03");
        assertThat(rows.get(0).get("alive").asBoolean()).isTrue();
        assertThat(rows.get(0).get("id_number").asText()).contains("********");

        assertThat(upload(source, "x.txt", "a,b".getBytes(StandardCharsets.UTF_8), 400).toString())
                .contains("UNSUPPORTED_FILE_TYPE");
        assertThat(upload(source, "x.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8), 400).toString())
                .contains("UNREADABLE_FILE");
        assertThat(upload(source, "dup.csv", "a,a\n1,2".getBytes(StandardCharsets.UTF_8), 400).toString())
                .contains("BAD_FILE_HEADER");
        long jdbc = SourceFixtures.registerJdbc(api, gaj, "j" + unique(), SourceTestSupport.PG_URL, "postgres", "");
        assertThat(upload(jdbc, "x.csv", "a\n1".getBytes(StandardCharsets.UTF_8), 400).toString())
                .contains("DATA_SOURCE_NOT_FILE");
        Response tableOnFile = api.put("/api/v1/catalog/" + entry + "/mount", gaj,
                SourceFixtures.tableMount(source, "t", "k", null, right));
        assertThat(tableOnFile.text()).contains("DATA_SOURCE_WRONG_TYPE");
    }

    @Test
    void anXlsxFileIsMountedWithItsDates() throws Exception {
        long entry = SourceFixtures.createEntry(api, gaj, SourceFixtures.entry("表格人口" + unique(), items()));
        long source = source("FILE", null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "govdx", "1.0");
        Worksheet sheet = workbook.newWorksheet("人口");
        String[] header = {"身份证号", "姓名", "出生日期", "是否健在"};
        for (int c = 0; c < header.length; c++) {
            sheet.value(0, c, header[c]);
        }
        for (int r = 1; r <= 30; r++) {
            sheet.value(r, 0, SourceFixtures.idNumber(r));
            sheet.value(r, 1, "赵" + "伟敏静".charAt(r % 3));
            sheet.value(r, 2, LocalDate.of(1980, 1, 1).plusDays(r));
            sheet.style(r, 2).format("yyyy-mm-dd").set();
            sheet.value(r, 3, r % 2 == 0);
        }
        workbook.finish();
        JsonNode file = upload(source, "人口.xlsx", out.toByteArray(), 201);
        assertThat(file.get("rows").asInt()).isEqualTo(30);
        Map<String, String> columns = Map.of("id_number", "身份证号", "name", "姓名", "birth_date", "出生日期",
                "alive", "是否健在");
        Response mounted = api.put("/api/v1/catalog/" + entry + "/mount", gaj,
                fileMount(source, file.get("id").asLong(), columns));
        assertThat(mounted.status()).as(mounted.text()).isEqualTo(200);
        Response preview = api.get("/api/v1/catalog/" + entry + "/preview", gaj);
        assertThat(preview.status()).as(preview.text()).isEqualTo(200);
        assertThat(preview.body().get("rows")).hasSize(20);
        assertThat(preview.body().get("rows").get(0).get("birth_date").asText()).isEqualTo("1980-01-02");
        assertThat(preview.body().get("rows").get(0).get("name").asText()).isEqualTo("赵*");
    }

    @Test
    void anHttpApiIsMountedByJsonFields() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String answer = JSON.writeValueAsString(Map.of("code", 0, "data", Map.of("items", List.of(
                Map.of("sfzh", SourceFixtures.idNumber(7), "xm", "欧阳娜娜", "csrq", "1990-03-07",
                        "status", Map.of("alive", true)),
                Map.of("sfzh", SourceFixtures.idNumber(8), "xm", "张三", "csrq", "1991-04-08",
                        "status", Map.of("alive", false))))));
        server.createContext("/api/persons", exchange -> {
            boolean ok = "Bearer k".equals(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] bytes = (ok ? answer : "{}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(ok ? 200 : 401, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        try {
            long entry = SourceFixtures.createEntry(api, gaj, SourceFixtures.entry("接口人口" + unique(), items()));
            long source = source("HTTP", "http://127.0.0.1:" + server.getAddress().getPort() + "/api",
                    Map.of("Authorization", "Bearer k"));
            Map<String, String> columns = new LinkedHashMap<>();
            columns.put("id_number", "sfzh");
            columns.put("name", "xm");
            columns.put("birth_date", "xm");
            columns.put("alive", "status.dead");
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "API");
            body.put("dataSourceId", source);
            body.put("table", "/persons");
            body.put("recordsPath", "data.items");
            body.put("columns", columns);
            Response bad = api.put("/api/v1/catalog/" + entry + "/mount", gaj, body);
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.text()).contains("FIELD_TYPE_MISMATCH", "FIELD_NOT_FOUND", "status.dead");

            columns.put("birth_date", "csrq");
            columns.put("alive", "status.alive");
            Response mounted = api.put("/api/v1/catalog/" + entry + "/mount", gaj, body);
            assertThat(mounted.status()).as(mounted.text()).isEqualTo(200);
            Response preview = api.get("/api/v1/catalog/" + entry + "/preview", gaj);
            assertThat(preview.status()).as(preview.text()).isEqualTo(200);
            JsonNode rows = preview.body().get("rows");
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).get("name").asText()).isEqualTo("欧***");
            assertThat(rows.get(0).get("alive").asBoolean()).isTrue();
            assertThat(rows.get(1).get("birth_date").asText()).isEqualTo("1991-04-08");
            assertThat(preview.text()).doesNotContain(SourceFixtures.idNumber(7));

            body.put("table", "//evil.example/x");
            assertThat(api.put("/api/v1/catalog/" + entry + "/mount", gaj, body).text()).contains("BAD_API_PATH");
            body.put("table", "/persons");
            body.put("recordsPath", "data.nothing");
            assertThat(api.put("/api/v1/catalog/" + entry + "/mount", gaj, body).text()).contains("RECORDS_NOT_FOUND");

            assertThat(api.put("/api/v1/datasources/" + source, gaj, Map.of("headers", Map.of("Authorization", "Bearer x")))
                    .status()).isEqualTo(200);
            Response denied = api.get("/api/v1/catalog/" + entry + "/preview", gaj);
            assertThat(denied.status()).isEqualTo(502);
            assertThat(denied.text()).contains("SOURCE_BAD_CREDENTIALS");
            assertThat(api.get("/api/v1/catalog/" + entry + "/mount", gaj).body().get("status").asText()).isEqualTo("BROKEN");
        } finally {
            server.stop(0);
        }
    }
}
