package org.govdx.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.govdx.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The data source, mount editor, preview and rates pages. */
class SourcePagesTest extends IntegrationTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String gaj;

    @BeforeAll
    static void tables() throws Exception {
        SourceFixtures.postgresTables();
    }

    @BeforeEach
    void signIn() {
        gaj = tokenOf("gaj_catalog");
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String token, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSourceIsRegisteredTestedAndNeverShowsItsPassword() throws Exception {
        HttpResponse<String> list = get("/datasources", gaj);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("数据源", "演示数据库", "id=\"source-form\"");

        String secret = "PagePw-" + unique();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", "页面库" + unique());
        form.put("type", "JDBC");
        form.put("jdbcUrl", SourceFixtures.PG_SOURCE_URL);
        form.put("username", "postgres");
        form.put("password", secret);
        HttpResponse<String> created = post("/datasources", gaj, form);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        String path = URI.create(location).getPath();
        assertThat(path).matches("/datasources/\\d+");

        HttpResponse<String> editor = get(path, gaj);
        assertThat(editor.body()).contains("已设置密码").doesNotContain(secret);
        HttpResponse<String> tested = post(path + "/test", gaj, Map.of());
        assertThat(tested.statusCode()).isEqualTo(302);

        form.put("jdbcUrl", "jdbc:oracle:thin:@x");
        HttpResponse<String> bad = post("/datasources", gaj, form);
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("is-invalid", "不支持该数据库驱动").doesNotContain(secret);

        assertThat(get(path, tokenOf("scjgj_catalog")).statusCode()).isEqualTo(404);
        assertThat(get("/datasources", tokenOf("gaj_user")).statusCode()).isEqualTo(403);
        assertThat(get("/datasources?lang=en", gaj).body()).contains("Data sources");
    }

    @Test
    void theMountEditorShowsColumnsAndMismatchesAndThePreviewIsMasked() throws Exception {
        long entry = SourceFixtures.createEntry(api, gaj,
                SourceFixtures.entry("页面挂载" + unique(), SourceFixtures.personItems()));
        long source = SourceFixtures.registerJdbc(api, gaj, "页面PG" + unique(), SourceFixtures.PG_SOURCE_URL, "postgres", "");
        HttpResponse<String> editor = get("/mounts/" + entry + "?type=TABLE&dataSourceId=" + source + "&table=person", gaj);
        assertThat(editor.statusCode()).isEqualTo(200);
        assertThat(editor.body()).contains("sfzh · varchar(18)", "公民身份号码", "id=\"item-map\"");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("type", "TABLE");
        form.put("dataSourceId", Long.toString(source));
        form.put("table", "person");
        form.put("keyColumn", "sfzh");
        SourceFixtures.personColumns().forEach((item, column) -> form.put("col." + item, column));
        form.put("col.birth_date", "xm");
        HttpResponse<String> bad = post("/mounts/" + entry, gaj, form);
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("is-invalid", "不匹配", "出生日期");

        form.put("col.birth_date", "csrq");
        HttpResponse<String> saved = post("/mounts/" + entry, gaj, form);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        HttpResponse<String> preview = get("/mounts/" + entry + "/preview", gaj);
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("id=\"preview-table\"", "640502********", "已挂载")
                .doesNotContain(SourceFixtures.idNumber(0));
        assertThat(get("/mounts/" + entry + "/preview", tokenOf("operator")).statusCode()).isEqualTo(200);
        assertThat(get("/mounts/" + entry, tokenOf("scjgj_catalog")).statusCode()).isEqualTo(404);
        assertThat(get("/mounts", gaj).body()).contains("mount-list");
        assertThat(post("/mounts/" + entry + "/check", gaj, Map.of()).statusCode()).isEqualTo(302);
        assertThat(get("/mounts/rates", tokenOf("operator")).body()).contains("id=\"rates\"");
    }
}
