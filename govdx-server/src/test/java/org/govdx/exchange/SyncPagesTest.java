package org.govdx.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.govdx.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sync job list with its form, the job page with its progress panel and runs, and who sees the buttons. */
class SyncPagesTest extends IntegrationTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void schemas() throws Exception {
        SyncFixtures.schemas();
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
    void aDataUserCreatesAndRunsAJobFromThePagesAndTheProviderOnlyLooks() throws Exception {
        String spj = tokenOf("spj_user");
        SyncFixtures fixtures = new SyncFixtures(api, tokenOf("operator"), tokenOf("gaj_catalog"),
                tokenOf("gaj_approver"), spj, tokenOf("spj_catalog"));
        String source = "res_" + unique().toLowerCase();
        SyncFixtures.sourceTable(source, 12);
        SyncFixtures.Setup s = fixtures.setUp(source, Map.of(), List.of("rid"),
                List.of("rid", "id_number", "name", "county"));

        HttpResponse<String> list = get("/exchange/sync-jobs", spj);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("库表交换任务", "id=\"sync-job-form\"", "value=\"" + s.grantId() + "\"");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("grantId", Long.toString(s.grantId()));
        form.put("targetDataSourceId", Long.toString(s.pgTarget()));
        form.put("targetTable", "bad name");
        form.put("mode", "FULL");
        form.put("cron", "");
        form.put("batchSize", "5");
        HttpResponse<String> invalid = post("/exchange/sync-jobs", spj, form);
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body()).contains("is-invalid", "表名“bad name”无效");

        form.put("targetTable", "page_" + unique().toLowerCase());
        HttpResponse<String> created = post("/exchange/sync-jobs", spj, form);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        String path = location.substring(location.indexOf("/exchange/sync-jobs/"));
        long job = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));

        HttpResponse<String> page = get(path, spj);
        assertThat(page.body()).contains("同步任务 " + job, "id=\"sync-run\"", "尚未运行", "id=\"sync-progress\"");
        assertThat(post(path + "/run", spj, Map.of()).statusCode()).isEqualTo(302);
        fixtures.awaitRuns(job, 1);
        HttpResponse<String> done = get(path, spj);
        assertThat(done.body()).contains("成功", "12 / 12");
        HttpResponse<String> progress = get(path + "/progress", spj);
        assertThat(progress.statusCode()).isEqualTo(200);
        assertThat(progress.body()).contains("id=\"sync-progress\"").doesNotContain("<html");

        HttpResponse<String> provider = get(path, tokenOf("gaj_catalog"));
        assertThat(provider.statusCode()).isEqualTo(200);
        assertThat(provider.body()).contains("同步任务 " + job).doesNotContain("id=\"sync-run\"");
        assertThat(get(path, tokenOf("mzj_user")).statusCode()).isEqualTo(404);
        assertThat(get("/exchange/sync-jobs", tokenOf("gaj_catalog")).body()).doesNotContain("id=\"sync-job-form\"");
    }
}
