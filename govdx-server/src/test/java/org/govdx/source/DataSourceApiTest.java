package org.govdx.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govdx.ApiClient.Response;
import org.govdx.IntegrationTest;
import org.govdx.common.LedgerFact;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@ExtendWith(OutputCaptureExtension.class)
class DataSourceApiTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    private String gaj;
    private SourceTestSupport.Facts facts;

    @BeforeEach
    void signIn() {
        gaj = tokenOf("gaj_catalog");
        facts = SourceTestSupport.Facts.attach(context);
    }

    private static Map<String, Object> jdbcSource(String name, String url, String user, String password) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("type", "JDBC");
        body.put("jdbcUrl", url);
        body.put("username", user);
        body.put("password", password);
        return body;
    }

    private long register(String token, Map<String, Object> body) {
        Response r = api.post("/api/v1/datasources", token, body);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.body().get("id").asLong();
    }

    private JsonNode test(long id) {
        Response r = api.post("/api/v1/datasources/" + id + "/test", gaj, "{}");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.body();
    }

    @Test
    void credentialsAreSealedNeverReturnedAndNeverLogged(CapturedOutput output) {
        String secret = "S3cret-" + unique();
        Response created = api.post("/api/v1/datasources", gaj,
                jdbcSource("人口库" + unique(), SourceTestSupport.PG_URL, "postgres", secret));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        assertThat(created.body().get("passwordSet").asBoolean()).isTrue();
        assertThat(created.body().get("orgCode").asText()).isEqualTo("ZW-GAJ");
        assertThat(created.body().has("password")).isFalse();
        assertThat(created.text()).doesNotContain(secret);

        String stored = jdbc.sql("SELECT password_enc FROM data_source WHERE id = ?").param(id).query(String.class)
                .single();
        assertThat(stored).startsWith("v1:").doesNotContain(secret);

        assertThat(api.get("/api/v1/datasources/" + id, gaj).text()).doesNotContain(secret).contains("\"passwordSet\":true");
        assertThat(api.get("/api/v1/datasources", gaj).text()).doesNotContain(secret);
        assertThat(test(id).get("ok").asBoolean()).isTrue();
        assertThat(output.getAll()).doesNotContain(secret);

        List<LedgerFact> registered = facts.of("DATA_SOURCE_REGISTERED");
        assertThat(registered).anySatisfy(f -> assertThat(f.keys()).containsEntry("dataSourceId", id));
        assertThat(registered.toString()).doesNotContain(secret);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'DATA_SOURCE_REGISTER' AND target = ?")
                .param("datasource:" + id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void connectionTestsOnPostgresqlAndMariadbNameTheirReason() {
        JsonNode pg = test(register(gaj, jdbcSource("pg" + unique(), SourceTestSupport.PG_URL, "postgres", null)));
        assertThat(pg.get("ok").asBoolean()).isTrue();
        assertThat(pg.get("code").asText()).isEqualTo("OK");
        assertThat(pg.get("product").asText()).contains("PostgreSQL");

        JsonNode maria = test(register(gaj, jdbcSource("maria" + unique(), SourceTestSupport.MARIA_URL, "root", "")));
        assertThat(maria.get("ok").asBoolean()).as(maria.toString()).isTrue();
        assertThat(maria.get("product").asText()).containsIgnoringCase("MariaDB");

        JsonNode pgUser = test(register(gaj, jdbcSource("pg-baduser" + unique(), SourceTestSupport.PG_URL,
                "no_such_role_" + unique().toLowerCase(), "x")));
        assertThat(pgUser.get("code").asText()).isEqualTo("BAD_CREDENTIALS");
        assertThat(pgUser.get("message").asText()).contains("用户名或密码错误");

        JsonNode mariaPassword = test(register(gaj, jdbcSource("maria-badpw" + unique(), SourceTestSupport.MARIA_URL,
                "root", "wrong-password")));
        assertThat(mariaPassword.get("code").asText()).isEqualTo("BAD_CREDENTIALS");

        JsonNode pgDb = test(register(gaj, jdbcSource("pg-nodb" + unique(),
                "jdbc:postgresql://127.0.0.1:5432/no_such_db_" + unique().toLowerCase(), "postgres", null)));
        assertThat(pgDb.get("code").asText()).isEqualTo("UNKNOWN_DATABASE");
        assertThat(pgDb.get("message").asText()).isEqualTo("数据库不存在。");

        JsonNode mariaDb = test(register(gaj, jdbcSource("maria-nodb" + unique(),
                "jdbc:mariadb://127.0.0.1:3306/no_such_db_" + unique().toLowerCase(), "root", "")));
        assertThat(mariaDb.get("code").asText()).isEqualTo("UNKNOWN_DATABASE");

        long start = System.nanoTime();
        JsonNode refused = test(register(gaj, jdbcSource("closed" + unique(), "jdbc:postgresql://127.0.0.1:1/test",
                "postgres", null)));
        assertThat(refused.get("code").asText()).isEqualTo("HOST_UNREACHABLE");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5000);
        JsonNode mariaRefused = test(register(gaj, jdbcSource("closed-m" + unique(),
                "jdbc:mariadb://127.0.0.1:1/test", "root", "")));
        assertThat(mariaRefused.get("code").asText()).isEqualTo("HOST_UNREACHABLE");

        for (JsonNode failure : List.of(pgUser, mariaPassword, pgDb, mariaDb, refused, mariaRefused)) {
            assertThat(failure.get("ok").asBoolean()).isFalse();
            assertThat(failure.toString()).doesNotContain("Exception").doesNotContain("FATAL").doesNotContain("at org.");
        }
        Response listed = api.get("/api/v1/datasources?size=1000", gaj);
        assertThat(listed.text()).contains("\"lastTestCode\":\"UNKNOWN_DATABASE\"");
    }

    @Test
    void aSilentHostTimesOutWithinAFewSeconds() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            List<Socket> accepted = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept());
                    }
                } catch (Exception e) {
                    // closed
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            long id = register(gaj, jdbcSource("silent" + unique(),
                    "jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/test", "postgres", null));
            long start = System.nanoTime();
            JsonNode result = test(id);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(result.get("code").asText()).isEqualTo("TIMEOUT");
            assertThat(millis).isLessThan(9000);
            for (Socket s : accepted) {
                s.close();
            }
        }
    }

    @Test
    void httpSourcesKeepHeaderValuesSecret() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            exchange.sendResponseHeaders("Bearer good-token".equals(auth) ? 200 : 401, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/api";
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", "接口" + unique());
            body.put("type", "HTTP");
            body.put("baseUrl", base);
            body.put("headers", Map.of("Authorization", "Bearer good-token"));
            Response created = api.post("/api/v1/datasources", gaj, body);
            assertThat(created.status()).as(created.text()).isEqualTo(201);
            assertThat(created.text()).doesNotContain("good-token");
            assertThat(created.body().get("headerNames").get(0).asText()).isEqualTo("Authorization");
            assertThat(created.body().get("headersSet").asBoolean()).isTrue();
            long id = created.body().get("id").asLong();
            assertThat(test(id).get("code").asText()).isEqualTo("OK");

            Response changed = api.put("/api/v1/datasources/" + id, gaj,
                    Map.of("headers", Map.of("Authorization", "Bearer stale")));
            assertThat(changed.status()).isEqualTo(200);
            assertThat(test(id).get("code").asText()).isEqualTo("BAD_CREDENTIALS");
            assertThat(facts.of("DATA_SOURCE_CHANGED")).anySatisfy(f -> {
                assertThat(f.keys()).containsEntry("dataSourceId", id);
                assertThat(f.keys().get("changed")).isEqualTo(List.of("headers"));
                assertThat(f.toString()).doesNotContain("stale");
            });
        } finally {
            server.stop(0);
        }
    }

    @Test
    void badSettingsAreRefusedWithFieldErrors() {
        Response empty = api.post("/api/v1/datasources", gaj, Map.of());
        assertThat(empty.status()).isEqualTo(400);
        assertThat(fields(empty)).contains("name", "type");

        assertThat(fields(api.post("/api/v1/datasources", gaj,
                jdbcSource("x" + unique(), "jdbc:oracle:thin:@127.0.0.1:1521:xe", "u", "p"))))
                .containsExactly("jdbcUrl");
        assertThat(codes(api.post("/api/v1/datasources", gaj,
                jdbcSource("x" + unique(), "jdbc:postgresql://127.0.0.1/test?socketFactory=java.io.File", "u", "p"))))
                .contains("JDBC_OPTION_NOT_ALLOWED");
        assertThat(codes(api.post("/api/v1/datasources", gaj,
                jdbcSource("x" + unique(), "jdbc:postgresql://127.0.0.1/test?user=a&password=b", "u", null))))
                .contains("PASSWORD_IN_URL");
        assertThat(codes(api.post("/api/v1/datasources", gaj,
                jdbcSource("x" + unique(), "jdbc:mariadb://127.0.0.1/test?allowLocalInfile=true", "u", null))))
                .contains("JDBC_OPTION_NOT_ALLOWED");
        assertThat(codes(api.post("/api/v1/datasources", gaj,
                jdbcSource("x" + unique(), "jdbc:h2:mem:govdx-test", "sa", null))))
                .as("the platform's own database").contains("H2_LOCATION_NOT_ALLOWED");
        assertThat(codes(api.post("/api/v1/datasources", gaj,
                jdbcSource("x" + unique(), "jdbc:h2:./target/test-data/govdx;INIT=RUNSCRIPT FROM 'x.sql'", "sa", null))))
                .contains("H2_LOCATION_NOT_ALLOWED", "JDBC_OPTION_NOT_ALLOWED");
        String gajDemo = "jdbc:h2:file:" + java.nio.file.Path.of("target/test-data/demo-sources/zw-gaj/source")
                .toAbsolutePath() + ";DATABASE_TO_LOWER=TRUE";
        assertThat(codes(api.post("/api/v1/datasources", tokenOf("scjgj_catalog"), jdbcSource("x" + unique(), gajDemo, "sa", null))))
                .as("another department's demo database").contains("H2_LOCATION_NOT_ALLOWED");
        assertThat(api.post("/api/v1/datasources", gaj, jdbcSource("own demo " + unique(), gajDemo, "sa", null)).status())
                .isEqualTo(201);
        Map<String, Object> http = new LinkedHashMap<>();
        http.put("name", "x" + unique());
        http.put("type", "HTTP");
        http.put("baseUrl", "file:///etc/passwd");
        assertThat(codes(api.post("/api/v1/datasources", gaj, http))).contains("INVALID_BASE_URL");

        String name = "dup" + unique();
        register(gaj, jdbcSource(name, SourceTestSupport.PG_URL, "postgres", null));
        Response dup = api.post("/api/v1/datasources", gaj, jdbcSource(name, SourceTestSupport.PG_URL, "postgres", null));
        assertThat(codes(dup)).contains("DUPLICATE_DATA_SOURCE_NAME");
        Response english = api.post("/api/v1/datasources", gaj, jdbcSource(name, SourceTestSupport.PG_URL, "u", null), "en");
        assertThat(english.body().get("errors").get(0).get("message").asText()).contains("already has");
    }

    @Test
    void onlyTheOwningOrgsCatalogAdminsSeeASource() {
        long id = register(gaj, jdbcSource("own" + unique(), SourceTestSupport.PG_URL, "postgres", "pw"));
        String other = tokenOf("scjgj_catalog");
        assertThat(api.get("/api/v1/datasources/" + id, other).status()).isEqualTo(404);
        assertThat(api.put("/api/v1/datasources/" + id, other, Map.of("name", "taken")).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/datasources/" + id + "/test", other, "{}").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/datasources/" + id + "/tables", other).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/datasources?size=1000", other).text()).doesNotContain("\"id\":" + id + ",");
        assertThat(api.get("/api/v1/datasources/" + id, tokenOf("gaj_user")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/datasources/" + id, tokenOf("operator")).status()).isEqualTo(403);
    }

    @Test
    void changesKeepOrReplaceSecretsAndTheTypeStaysFixed() {
        long id = register(gaj, jdbcSource("chg" + unique(), SourceTestSupport.PG_URL, "postgres", "first"));
        String before = jdbc.sql("SELECT password_enc FROM data_source WHERE id = ?").param(id).query(String.class).single();

        Response renamed = api.put("/api/v1/datasources/" + id, gaj, Map.of("name", "改名" + unique()));
        assertThat(renamed.status()).as(renamed.text()).isEqualTo(200);
        assertThat(renamed.body().get("passwordSet").asBoolean()).isTrue();
        assertThat(jdbc.sql("SELECT password_enc FROM data_source WHERE id = ?").param(id).query(String.class).single())
                .as("password kept").isEqualTo(before);

        Response cleared = api.put("/api/v1/datasources/" + id, gaj, Map.of("password", ""));
        assertThat(cleared.body().get("passwordSet").asBoolean()).isFalse();

        Response typed = api.put("/api/v1/datasources/" + id, gaj, Map.of("type", "HTTP"));
        assertThat(codes(typed)).contains("DATA_SOURCE_TYPE_FIXED");
        Response badUrl = api.put("/api/v1/datasources/" + id, gaj, Map.of("jdbcUrl", "jdbc:sqlite:x.db"));
        assertThat(codes(badUrl)).contains("JDBC_DRIVER_NOT_ALLOWED");
        assertThat(jdbc.sql("SELECT revision FROM data_source WHERE id = ?").param(id).query(Integer.class).single())
                .isEqualTo(3);
    }

    static List<String> fields(Response r) {
        List<String> out = new ArrayList<>();
        if (r.body() != null && r.body().has("errors")) {
            r.body().get("errors").forEach(e -> out.add(e.get("field").asText()));
        }
        return out;
    }

    static List<String> codes(Response r) {
        assertThat(r.status()).as(r.text()).isEqualTo(400);
        List<String> out = new ArrayList<>();
        r.body().get("errors").forEach(e -> out.add(e.get("code").asText()));
        return out;
    }
}
