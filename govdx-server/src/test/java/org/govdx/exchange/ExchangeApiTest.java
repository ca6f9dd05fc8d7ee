package org.govdx.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govdx.ApiClient.Response;
import org.govdx.IntegrationTest;
import org.govdx.common.LedgerFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import tools.jackson.databind.JsonNode;

/**
 * The gateway end to end over real HTTP: a 公安局 entry mounted on real PostgreSQL and MariaDB tables,
 * 民政局 apps with grants approved through the API, app tokens, and the usage records they leave.
 */
class ExchangeApiTest extends IntegrationTest {

    private static final List<String> GRANTED = List.of("id_number", "name", "county", "score", "household");
    private static final List<String> FACTS = new java.util.concurrent.CopyOnWriteArrayList<>();

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationContext context;

    private static ExchangeFixtures fixtures;
    private static long entry;
    private static String code;
    private static ExchangeFixtures.App app;
    private static long grant;
    private static String consumer;

    @BeforeAll
    static void tables() throws Exception {
        ExchangeFixtures.createTables();
    }

    @BeforeEach
    void world() {
        if (fixtures != null) {
            return;
        }
        ((ConfigurableApplicationContext) context).addApplicationListener(
                (ApplicationListener<PayloadApplicationEvent<?>>) e -> {
                    if (e.getPayload() instanceof LedgerFact f && f.type().equals("EXCHANGE_USAGE")) {
                        FACTS.add(String.valueOf(f.keys().get("requestId")));
                    }
                });
        fixtures = new ExchangeFixtures(api, tokenOf("operator"));
        String gaj = tokenOf("gaj_catalog");
        long source = fixtures.jdbcSource(gaj, "人口库交换PG" + unique(), ExchangeFixtures.PG_URL, "postgres");
        entry = fixtures.mountedEntry(gaj, source, "person");
        code = api.get("/api/v1/catalog/" + entry, gaj).body().get("code").asText();
        consumer = tokenOf("mzj_user");
        app = fixtures.app(consumer, List.of());
        grant = fixtures.grant(consumer, tokenOf("gaj_approver"), entry, app.id(), GRANTED,
                List.of("API", "BULK", "VERIFY"), Map.of());
    }

    private static String encoded(String resourceCode) {
        return URLEncoder.encode(resourceCode, StandardCharsets.UTF_8);
    }

    private Response records(String token, String query) {
        return api.get("/api/v1/exchange/" + encoded(code) + "/records" + query, token);
    }

    private Response query(String token, Object body) {
        return api.post("/api/v1/exchange/" + encoded(code) + "/query", token, body);
    }

    private static List<String> values(Response r, String item) {
        List<String> out = new ArrayList<>();
        r.body().get("content").forEach(row -> out.add(row.get(item).isNull() ? null : row.get(item).asText()));
        return out;
    }

    @Test
    void onlyGrantedItemsComeBackMaskedByTheirRules() {
        Response r = records(app.token(), "?size=100");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.body().get("totalElements").asLong()).isEqualTo(ExchangeFixtures.PEOPLE);
        assertThat(r.body().get("page").asInt()).isZero();
        assertThat(r.body().get("size").asInt()).isEqualTo(100);
        JsonNode first = r.body().get("content").get(0);
        List<String> keys = new ArrayList<>();
        first.propertyNames().forEach(keys::add);
        assertThat(keys).containsExactlyInAnyOrderElementsOf(GRANTED);
        assertThat(values(r, "id_number")).allMatch(v -> v.matches("\\d{6}\\*{8}\\d{3}[\\dX]"));
        assertThat(values(r, "name")).allMatch(v -> v.length() == 2 && v.endsWith("*"));
        assertThat(values(r, "county")).contains("沙坡头区", "中宁县", "海原县");
        assertThat(first.get("score").isNumber()).isTrue();
        // salted SM3: not the value, stable within the grant (two people of one household share it)
        List<String> households = values(r, "household");
        assertThat(households).noneMatch(h -> h.startsWith("HH"));
        assertThat(households.stream().distinct().count()).isEqualTo(ExchangeFixtures.PEOPLE / 2);
        assertThat(records(app.token(), "?size=100").body().get("content").get(0).get("household").asText())
                .isEqualTo(first.get("household").asText());
    }

    @Test
    void theEntryIdAndTheEncodedCodeBothNameTheResource() {
        String id = ExchangeFixtures.idNumber(7);
        Response byCode = records(app.token(), "?id_number=" + id);
        assertThat(byCode.status()).as(byCode.text()).isEqualTo(200);
        assertThat(byCode.body().get("totalElements").asLong()).isEqualTo(1);
        assertThat(byCode.header("X-Request-Id")).isNotBlank();
        Response byId = api.get("/api/v1/exchange/" + entry + "/records?id_number=" + id, app.token());
        assertThat(byId.status()).as(byId.text()).isEqualTo(200);
        assertThat(byId.body().get("content").get(0).get("score").asInt()).isEqualTo(7);
    }

    @Test
    void aJsonFilterCombinesInBetweenAndPrefixWithSortAndPaging() {
        Map<String, Object> filter = Map.of("and", List.of(
                Map.of("in", Map.of("item", "county", "values", List.of("沙坡头区", "海原县"))),
                Map.of("between", Map.of("item", "score", "from", 5, "to", 30)),
                Map.of("prefix", Map.of("item", "id_number", "value", "640502"))));
        Response r = query(app.token(), Map.of("filter", filter,
                "sort", List.of(Map.of("item", "score", "direction", "desc")), "page", 1, "size", 5));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        List<Integer> expected = new ArrayList<>();
        for (int i = 30; i >= 5; i--) {
            if (!ExchangeFixtures.county(i).equals("中宁县")) {
                expected.add(i);
            }
        }
        assertThat(r.body().get("totalElements").asLong()).isEqualTo(expected.size());
        List<Integer> scores = new ArrayList<>();
        r.body().get("content").forEach(row -> scores.add(row.get("score").asInt()));
        assertThat(scores).containsExactlyElementsOf(expected.subList(5, 10));
    }

    @Test
    void filteringOrSortingOnAnItemThatIsNotGrantedIsRefusedNamingIt() {
        Response byParam = records(app.token(), "?mobile=13905100001");
        assertThat(byParam.status()).isEqualTo(400);
        assertThat(byParam.body().get("code").asText()).isEqualTo("ITEM_NOT_GRANTED");
        assertThat(byParam.body().get("errors").get(0).get("field").asText()).isEqualTo("mobile");
        Response bySort = records(app.token(), "?sort=birth_date,desc");
        assertThat(bySort.status()).isEqualTo(400);
        assertThat(bySort.body().get("errors").get(0).get("field").asText()).isEqualTo("birth_date");
        Response byFilter = query(app.token(), Map.of("filter", Map.of("eq", Map.of("item", "mobile", "value", "1"))));
        assertThat(byFilter.status()).isEqualTo(400);
        assertThat(byFilter.text()).contains("mobile");
        Response english = api.send("GET", "/api/v1/exchange/" + encoded(code) + "/records?mobile=1", app.token(),
                null, "en");
        assertThat(english.body().get("detail").asText()).contains("not granted");
        Response tooBig = records(app.token(), "?size=1001");
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.body().get("code").asText()).isEqualTo("INVALID_PAGE_SIZE");
        Response badType = records(app.token(), "?score=abc");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.body().get("code").asText()).isEqualTo("INVALID_FILTER_VALUE");
    }

    @Test
    void injectionThroughEveryParameterFindsNothingOrIsRefused() throws Exception {
        String[] attacks = {"' OR '1'='1", "1; DROP TABLE person; --", "\" OR 1=1 --", "%' OR 'x'='x", "沙坡头区' --"};
        for (String attack : attacks) {
            String q = URLEncoder.encode(attack, StandardCharsets.UTF_8);
            for (String item : List.of("id_number", "name", "county")) {
                Response r = records(app.token(), "?" + item + "=" + q);
                assertThat(r.status()).as(item + "=" + attack).isEqualTo(200);
                assertThat(r.body().get("totalElements").asLong()).as(item + "=" + attack).isZero();
            }
            assertThat(records(app.token(), "?score=" + q).status()).isEqualTo(400);
            assertThat(records(app.token(), "?sort=" + q).status()).isEqualTo(400);
            assertThat(records(app.token(), "?" + q + "=1").status()).isEqualTo(400);
            Response prefix = query(app.token(), Map.of("filter", Map.of("prefix", Map.of("item", "name", "value", attack))));
            assertThat(prefix.body().get("totalElements").asLong()).isZero();
            Response in = query(app.token(), Map.of("filter", Map.of("in", Map.of("item", "county",
                    "values", List.of(attack)))));
            assertThat(in.body().get("totalElements").asLong()).isZero();
            Response sortItem = query(app.token(), Map.of("sort", List.of(Map.of("item", attack))));
            assertThat(sortItem.status()).isEqualTo(400);
            Response verify = api.post("/api/v1/exchange/" + encoded(code) + "/verify", app.token(),
                    Map.of("conditions", Map.of("id_number", attack, "name", attack)));
            assertThat(verify.body().get("match").asBoolean()).isFalse();
        }
        // a LIKE wildcard in a prefix is literal
        Response wildcard = query(app.token(), Map.of("filter", Map.of("prefix", Map.of("item", "county", "value", "%"))));
        assertThat(wildcard.body().get("totalElements").asLong()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM govdx_exch_test.person")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(ExchangeFixtures.PEOPLE);
        }
    }

    @Test
    void verifyAnswersMatchOnlyAndMayUseItemsThatAreNotReturned() {
        String path = "/api/v1/exchange/" + encoded(code) + "/verify";
        Response yes = api.post(path, app.token(), Map.of("conditions",
                Map.of("id_number", ExchangeFixtures.idNumber(3), "name", ExchangeFixtures.name(3),
                        "birth_date", "1963-04-04")));
        assertThat(yes.status()).as(yes.text()).isEqualTo(200);
        assertThat(yes.text()).isEqualTo("{\"match\":true}");
        Response no = api.post(path, app.token(), Map.of("conditions",
                Map.of("id_number", ExchangeFixtures.idNumber(3), "name", ExchangeFixtures.name(4))));
        assertThat(no.text()).isEqualTo("{\"match\":false}");
        Response empty = api.post(path, app.token(), Map.of("conditions", Map.of()));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().get("code").asText()).isEqualTo("VERIFY_CONDITIONS_REQUIRED");
    }

    @Test
    void theGrantsRowFilterAndModesAreAlwaysApplied() {
        ExchangeFixtures.App narrow = fixtures.app(consumer, List.of());
        fixtures.grant(consumer, tokenOf("gaj_approver"), entry, narrow.id(), List.of("id_number", "county"),
                List.of("API"), Map.of("rowFilter", Map.of("county", "中宁县"), "plainItems", List.of("id_number")));
        Response r = records(narrow.token(), "?size=100");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.body().get("totalElements").asLong()).isEqualTo(ExchangeFixtures.countOf("中宁县"));
        assertThat(values(r, "county")).containsOnly("中宁县");
        // explicitly allowed plain
        assertThat(values(r, "id_number")).allMatch(v -> v.matches("\\d{17}[\\dX]"));
        // asking for another county cannot widen the row filter
        Response other = records(narrow.token(), "?county=" + URLEncoder.encode("沙坡头区", StandardCharsets.UTF_8));
        assertThat(other.body().get("totalElements").asLong()).isZero();
        Response verify = api.post("/api/v1/exchange/" + encoded(code) + "/verify", narrow.token(),
                Map.of("conditions", Map.of("county", "中宁县")));
        assertThat(verify.status()).isEqualTo(403);
        assertThat(verify.body().get("code").asText()).isEqualTo("MODE_NOT_GRANTED");
        Response csv = api.send("GET", "/api/v1/exchange/" + encoded(code) + "/records", narrow.token(), null, null,
                "text/csv");
        assertThat(csv.status()).isEqualTo(403);
        assertThat(csv.text()).contains("MODE_NOT_GRANTED");
    }

    @Test
    void everyRefusalSaysWhyAndIsRecorded() {
        Response anonymous = records(null, "");
        assertThat(anonymous.status()).isEqualTo(401);
        Response bad = records("not-a-token", "");
        assertThat(bad.status()).isEqualTo(401);
        String badId = bad.header("X-Request-Id");
        assertThat(badId).isNotBlank();

        Response user = records(consumer, "");
        assertThat(user.status()).as("a user token is not an app").isEqualTo(403);

        ExchangeFixtures.App stranger = fixtures.app(tokenOf("rsj_user"), List.of());
        Response none = records(stranger.token(), "");
        assertThat(none.status()).isEqualTo(403);
        assertThat(none.body().get("code").asText()).isEqualTo("NO_GRANT");

        Response unknown = api.get("/api/v1/exchange/" + encoded("999999/99999") + "/records", app.token());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("code").asText()).isEqualTo("RESOURCE_NOT_FOUND");

        ExchangeFixtures.App fenced = fixtures.app(consumer, List.of("10.1.2.0/24"));
        fixtures.grant(consumer, tokenOf("gaj_approver"), entry, fenced.id(), List.of("county"), List.of("API"),
                Map.of());
        Response ip = records(fenced.token(), "");
        assertThat(ip.status()).isEqualTo(403);
        assertThat(ip.body().get("code").asText()).isEqualTo("IP_NOT_ALLOWED");

        Response usage = api.get("/api/v1/usage?scope=consumer&size=200", consumer);
        assertThat(usage.status()).as(usage.text()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        usage.body().get("content").forEach(u -> codes.add(u.get("code").asText()));
        assertThat(codes).contains("IP_NOT_ALLOWED");
        Response operatorView = api.get("/api/v1/usage/" + badId, tokenOf("operator"));
        assertThat(operatorView.status()).as(operatorView.text()).isEqualTo(200);
        assertThat(operatorView.body().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void revocationStopsTheNextCall() {
        ExchangeFixtures.App temp = fixtures.app(consumer, List.of());
        long g = fixtures.grant(consumer, tokenOf("gaj_approver"), entry, temp.id(), List.of("county"),
                List.of("API"), Map.of());
        assertThat(records(temp.token(), "").status()).isEqualTo(200);
        Response revoked = api.post("/api/v1/grants/" + g + "/revoke", tokenOf("gaj_approver"),
                Map.of("reason", "用途已变更"));
        assertThat(revoked.status()).as(revoked.text()).isEqualTo(200);
        Response after = records(temp.token(), "");
        assertThat(after.status()).isEqualTo(403);
        assertThat(after.body().get("code").asText()).isEqualTo("GRANT_REVOKED");
    }

    @Test
    void theRateLimitAnswers429WithRetryAfter() throws Exception {
        if (LocalDateTime.now().getSecond() > 50) {
            Thread.sleep((61 - LocalDateTime.now().getSecond()) * 1000L);
        }
        ExchangeFixtures.App limited = fixtures.app(consumer, List.of());
        fixtures.grant(consumer, tokenOf("gaj_approver"), entry, limited.id(), List.of("county"), List.of("API"),
                Map.of("rateLimitPerMinute", 3));
        for (int i = 0; i < 3; i++) {
            assertThat(records(limited.token(), "").status()).isEqualTo(200);
        }
        Response refused = records(limited.token(), "");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body().get("code").asText()).isEqualTo("RATE_LIMITED");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
    }

    @Test
    void bulkModeStreamsTheWholeResultAsCsvOrNdjson() throws Exception {
        Response csv = api.send("GET", "/api/v1/exchange/" + encoded(code) + "/records?sort=score", app.token(),
                null, null, "text/csv");
        assertThat(csv.status()).as(csv.text()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Length")).as("streamed, not buffered").isNull();
        String[] lines = csv.text().split("\r\n");
        assertThat(lines).hasSize(ExchangeFixtures.PEOPLE + 1);
        assertThat(lines[0]).as("the entry's item order").isEqualTo("id_number,name,county,household,score");
        assertThat(lines[1]).matches("\\d{6}\\*{8}\\d{3}[\\dX],张\\*,沙坡头区,[0-9a-f]+,0");
        java.net.http.HttpResponse<String> ndjson = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                                + "/api/v1/exchange/" + encoded(code) + "/records?county="
                                + URLEncoder.encode("海原县", StandardCharsets.UTF_8)))
                        .header("Authorization", "Bearer " + app.token()).header("Accept", "application/x-ndjson")
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(ndjson.statusCode()).isEqualTo(200);
        assertThat(ndjson.body().split("\n")).hasSize((int) ExchangeFixtures.countOf("海原县"))
                .allMatch(l -> l.startsWith("{\"id_number\":") && l.contains("\"county\":\"海原县\""));
        Response record = api.get("/api/v1/usage/" + csv.header("X-Request-Id"), consumer);
        assertThat(record.body().get("operation").asText()).isEqualTo("EXPORT");
        assertThat(record.body().get("rows").asLong()).isEqualTo(ExchangeFixtures.PEOPLE);
        assertThat(record.body().get("bytes").asLong()).isEqualTo(csv.text().getBytes(StandardCharsets.UTF_8).length);
        assertThat(record.body().get("code").isNull()).isTrue();
    }

    @Test
    void everyCallLeavesAUsageRecordForBothSidesAndTheLedger() throws Exception {
        String id = ExchangeFixtures.idNumber(11);
        Response r = api.send("GET", "/api/v1/exchange/" + encoded(code) + "/records?id_number=" + id, app.token(),
                null, null, "application/json");
        String requestId = r.header("X-Request-Id");
        Response mine = api.get("/api/v1/usage/" + requestId, consumer);
        assertThat(mine.status()).as(mine.text()).isEqualTo(200);
        JsonNode u = mine.body();
        assertThat(u.get("appKey").asText()).isEqualTo(app.key());
        assertThat(u.get("resourceCode").asText()).isEqualTo(code);
        assertThat(u.get("grantId").asLong()).isEqualTo(grant);
        assertThat(u.get("rows").asLong()).isEqualTo(1);
        assertThat(u.get("bytes").asLong()).isEqualTo(r.text().getBytes(StandardCharsets.UTF_8).length);
        assertThat(u.get("status").asInt()).isEqualTo(200);
        assertThat(u.get("items").toString()).contains("id_number", "household");
        // the ID number of a graded item is hashed in the stored filter
        assertThat(u.get("filter").asText()).startsWith("id_number=sm3:").doesNotContain(id);
        assertThat(u.get("clientIp").asText()).isNotBlank();
        assertThat(api.get("/api/v1/usage/" + requestId, tokenOf("gaj_approver")).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/usage/" + requestId, tokenOf("rsj_user")).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/usage?scope=all", consumer).status()).isEqualTo(403);
        assertThat(FACTS).contains(requestId);
    }

    @Test
    void theEndUserNamedByTheAppIsRecorded() {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        "http://localhost:" + port + "/api/v1/exchange/" + encoded(code) + "/records?size=1"))
                .header("Authorization", "Bearer " + app.token()).header("X-End-User", "clerk-0042").build();
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
            assertThat(api.get("/api/v1/usage/" + requestId, consumer).body().get("endUser").asText())
                    .isEqualTo("clerk-0042");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aMariadbSourceAnswersTheSameWay() {
        String gaj = tokenOf("gaj_catalog");
        long source = fixtures.jdbcSource(gaj, "人口库交换MariaDB" + unique(), ExchangeFixtures.MARIA_URL, "root");
        long mariaEntry = fixtures.mountedEntry(gaj, source, ExchangeFixtures.MARIA_TABLE);
        ExchangeFixtures.App a = fixtures.app(consumer, List.of());
        fixtures.grant(consumer, tokenOf("gaj_approver"), mariaEntry, a.id(), GRANTED, List.of("API", "VERIFY"),
                Map.of("rowFilter", Map.of("county", "海原县")));
        Response r = api.post("/api/v1/exchange/" + mariaEntry + "/query", a.token(), Map.of(
                "filter", Map.of("prefix", Map.of("item", "id_number", "value", "6405")),
                "sort", List.of("-score"), "size", 3));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.body().get("totalElements").asLong()).isEqualTo(ExchangeFixtures.countOf("海原县"));
        assertThat(values(r, "score")).containsExactly("38", "35", "32");
        Response verify = api.post("/api/v1/exchange/" + mariaEntry + "/verify", a.token(),
                Map.of("conditions", Map.of("id_number", ExchangeFixtures.idNumber(2), "score", 2)));
        assertThat(verify.text()).isEqualTo("{\"match\":true}");
        Response injection = api.get("/api/v1/exchange/" + mariaEntry + "/records?name="
                + URLEncoder.encode("' OR '1'='1", StandardCharsets.UTF_8), a.token());
        assertThat(injection.body().get("totalElements").asLong()).isZero();
    }

    @Test
    void aFailingSourceIsA502WithoutDriverText() throws Exception {
        String gaj = tokenOf("gaj_catalog");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "")) {
            c.createStatement().execute("CREATE TABLE IF NOT EXISTS govdx_exch_test.person_gone AS "
                    + "SELECT * FROM govdx_exch_test.person");
        }
        long source = fixtures.jdbcSource(gaj, "人口库将删" + unique(), ExchangeFixtures.PG_URL, "postgres");
        long gone = fixtures.mountedEntry(gaj, source, "person_gone");
        ExchangeFixtures.App a = fixtures.app(consumer, List.of());
        fixtures.grant(consumer, tokenOf("gaj_approver"), gone, a.id(), List.of("county"), List.of("API"), Map.of());
        assertThat(api.get("/api/v1/exchange/" + gone + "/records", a.token()).status()).isEqualTo(200);
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "")) {
            c.createStatement().execute("DROP TABLE govdx_exch_test.person_gone");
        }
        Response failed = api.get("/api/v1/exchange/" + gone + "/records", a.token());
        assertThat(failed.status()).isEqualTo(502);
        assertThat(failed.body().get("code").asText()).isEqualTo("SOURCE_UNAVAILABLE");
        assertThat(failed.text()).doesNotContain("relation").doesNotContain("ERROR:").doesNotContain("person_gone");
    }

    private java.net.http.HttpResponse<String> page(String method, String path, String token, String form)
            throws Exception {
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept", "text/html");
        if (form != null) {
            b.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form));
        }
        return java.net.http.HttpClient.newHttpClient().send(b.build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theConsumerSeesItsGrantsWithARequestAndTheProviderWhoUsesItsData() throws Exception {
        assertThat(records(app.token(), "?size=1").status()).isEqualTo(200);
        var mine = page("GET", "/exchange", consumer, null);
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains("我的授权", "curl -H &quot;Authorization: Bearer $APP_TOKEN&quot;",
                "/api/v1/exchange/" + encoded(code) + "/records?size=10", "/exchange/grants/" + grant + "/try");
        var provider = page("GET", "/exchange", tokenOf("gaj_approver"), null);
        assertThat(provider.body()).contains("谁在使用我的资源", code, "ZW-MZJ");
        assertThat(page("GET", "/exchange", tokenOf("operator"), null).body()).contains("全市资源使用情况");
    }

    @Test
    void tryItRunsTheSameRulesAsTheAppAndRecordsTheUser() throws Exception {
        String id = ExchangeFixtures.idNumber(5);
        var form = page("GET", "/exchange/grants/" + grant + "/try", consumer, null);
        assertThat(form.statusCode()).isEqualTo(200);
        var result = page("POST", "/exchange/grants/" + grant + "/try", consumer, "f.id_number=" + id);
        assertThat(result.statusCode()).isEqualTo(200);
        String table = result.body().substring(result.body().indexOf("id=\"try-result\""));
        assertThat(table).contains("共 1 条", id.substring(0, 6) + "********").doesNotContain(id);
        String requestId = result.body().replaceAll("(?s).*<code>([0-9a-f-]{36})</code>.*", "$1");
        Response usage = api.get("/api/v1/usage/" + requestId, consumer);
        assertThat(usage.status()).as(usage.text()).isEqualTo(200);
        assertThat(usage.body().get("endUser").asText()).isEqualTo("mzj_user");
        var refused = page("POST", "/exchange/grants/" + grant + "/try", consumer, "f.score=abc");
        assertThat(refused.body()).contains("id=\"try-problem\"", "INVALID_FILTER_VALUE");
        assertThat(page("GET", "/exchange/grants/" + grant + "/try", tokenOf("rsj_user"), null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aFileMountIsQueriedFilteredAndVerifiedInThePlatform() throws Exception {
        String gaj = tokenOf("gaj_catalog");
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("name", "文件库" + unique());
        source.put("type", "FILE");
        long sourceId = api.post("/api/v1/datasources", gaj, source).body().get("id").asLong();
        StringBuilder csv = new StringBuilder("身份证号,姓名,区县,序号\r\n");
        for (int i = 0; i < 12; i++) {
            csv.append(ExchangeFixtures.idNumber(i)).append(',').append(ExchangeFixtures.name(i)).append(',')
                    .append(ExchangeFixtures.county(i)).append(',').append(i).append("\r\n");
        }
        String boundary = "----govdx" + unique();
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"people.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        var uploaded = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/v1/datasources/" + sourceId + "/files"))
                .header("Authorization", "Bearer " + gaj)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        long fileId = Long.parseLong(uploaded.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
        Map<String, Object> entryBody = new LinkedHashMap<>();
        entryBody.put("name", "文件人口" + unique());
        entryBody.put("summary", "上传文件中的人口信息，供交换网关测试。");
        entryBody.put("classification", "101001");
        entryBody.put("format", "DATABASE");
        entryBody.put("shareType", "CONDITIONAL");
        entryBody.put("shareCondition", "仅限测试。");
        entryBody.put("shareMode", "API");
        entryBody.put("openType", "NOT_OPEN");
        entryBody.put("updateCycle", "DAILY");
        entryBody.put("grade", "GENERAL_3");
        entryBody.put("items", List.of(
                ExchangeFixtures.item("id_number", "公民身份号码", "STRING", "GENERAL_3", "ID_CARD", true),
                ExchangeFixtures.item("name", "姓名", "STRING", "GENERAL_2", "NAME", false),
                ExchangeFixtures.item("county", "户籍区县", "STRING", "GENERAL_1", "NONE", false),
                ExchangeFixtures.item("score", "序号", "INTEGER", "GENERAL_1", "NONE", false)));
        long fileEntry = api.post("/api/v1/catalog", gaj, entryBody).body().get("id").asLong();
        Map<String, Object> mount = new LinkedHashMap<>();
        mount.put("type", "FILE");
        mount.put("dataSourceId", sourceId);
        mount.put("fileId", fileId);
        mount.put("keyColumn", "身份证号");
        mount.put("columns", Map.of("id_number", "身份证号", "name", "姓名", "county", "区县", "score", "序号"));
        Response mounted = api.put("/api/v1/catalog/" + fileEntry + "/mount", gaj, mount);
        assertThat(mounted.status()).as(mounted.text()).isEqualTo(200);
        assertThat(api.post("/api/v1/catalog/" + fileEntry + "/submit", gaj, Map.of("confidentialityRiskAssessed", true,
                "personalInfoImpactAssessed", true, "approvedBy", "王局长")).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/catalog/" + fileEntry + "/review", tokenOf("operator"),
                Map.of("approve", true, "comment", "同意发布")).status()).isEqualTo(200);
        ExchangeFixtures.App a = fixtures.app(consumer, List.of());
        fixtures.grant(consumer, tokenOf("gaj_approver"), fileEntry, a.id(), List.of("id_number", "county", "score"),
                List.of("API", "VERIFY", "BULK"), Map.of());

        Response r = api.post("/api/v1/exchange/" + fileEntry + "/query", a.token(), Map.of(
                "filter", Map.of("and", List.of(Map.of("eq", Map.of("item", "county", "value", "海原县")),
                        Map.of("between", Map.of("item", "score", "from", 2, "to", 8)))),
                "sort", List.of("score,desc")));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(values(r, "score")).containsExactly("8", "5", "2");
        assertThat(values(r, "id_number")).allMatch(v -> v.contains("********"));
        Response verify = api.post("/api/v1/exchange/" + fileEntry + "/verify", a.token(), Map.of("conditions",
                Map.of("id_number", ExchangeFixtures.idNumber(4), "name", ExchangeFixtures.name(4))));
        assertThat(verify.text()).isEqualTo("{\"match\":true}");
        Response export = api.send("GET", "/api/v1/exchange/" + fileEntry + "/records", a.token(), null, null,
                "text/csv");
        assertThat(export.text().split("\r\n")).hasSize(13);
    }

    @Test
    void aSourceSlowerThanTheQueryTimeLimitIsA504() throws Exception {
        String gaj = tokenOf("gaj_catalog");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "")) {
            c.createStatement().execute("CREATE OR REPLACE VIEW govdx_exch_test.person_slow AS "
                    + "SELECT p.* FROM govdx_exch_test.person p, (SELECT pg_sleep(30)) s");
        }
        long source = fixtures.jdbcSource(gaj, "人口库慢" + unique(), ExchangeFixtures.PG_URL, "postgres");
        long slow = fixtures.mountedEntry(gaj, source, "person_slow");
        ExchangeFixtures.App a = fixtures.app(consumer, List.of());
        fixtures.grant(consumer, tokenOf("gaj_approver"), slow, a.id(), List.of("county"), List.of("API"), Map.of());
        long t0 = System.nanoTime();
        Response r = api.get("/api/v1/exchange/" + slow + "/records", a.token());
        assertThat(r.status()).as(r.text()).isEqualTo(504);
        assertThat(r.body().get("code").asText()).isEqualTo("SOURCE_TIMEOUT");
        assertThat((System.nanoTime() - t0) / 1e9).as("the query time limit, not the sleep").isLessThan(25);
    }

    @Test
    void anH2SourceAnswersTheSameWay() throws Exception {
        String gaj = tokenOf("gaj_catalog");
        String url = ExchangeFixtures.h2Table("exch" + unique());
        long source = fixtures.jdbcSource(gaj, "人口库H2" + unique(), url, "sa");
        long h2Entry = fixtures.mountedEntry(gaj, source, "PERSON");
        ExchangeFixtures.App a = fixtures.app(consumer, List.of());
        fixtures.grant(consumer, tokenOf("gaj_approver"), h2Entry, a.id(), GRANTED, List.of("API", "VERIFY", "BULK"),
                Map.of("rowFilter", Map.of("county", "沙坡头区")));
        Response r = api.post("/api/v1/exchange/" + h2Entry + "/query", a.token(), Map.of(
                "filter", Map.of("between", Map.of("item", "score", "from", 0, "to", 10)), "sort", List.of("score")));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(values(r, "score")).containsExactly("0", "3", "6", "9");
        assertThat(values(r, "id_number")).allMatch(v -> v.contains("********"));
        Response verify = api.post("/api/v1/exchange/" + h2Entry + "/verify", a.token(),
                Map.of("conditions", Map.of("id_number", ExchangeFixtures.idNumber(1))));
        assertThat(verify.text()).as("row filter: person 1 lives in 中宁县").isEqualTo("{\"match\":false}");
        Response csv = api.send("GET", "/api/v1/exchange/" + h2Entry + "/records", a.token(), null, null, "text/csv");
        assertThat(csv.text().split("\r\n")).hasSize((int) ExchangeFixtures.countOf("沙坡头区") + 1);
    }

    @Test
    void aRealCallIsTracedBackToItsGrantWithLedgerProofs() throws Exception {
        Response call = records(app.token(), "?id_number=" + ExchangeFixtures.idNumber(9));
        String requestId = call.header("X-Request-Id");
        Response chain = null;
        for (int i = 0; i < 40; i++) {
            chain = api.get("/api/v1/provenance?requestId=" + requestId, consumer);
            if (chain.status() == 200 && !chain.text().contains("\"ledgerIndex\":null")) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(chain.status()).as(chain.text()).isEqualTo(200);
        List<String> steps = new ArrayList<>();
        chain.body().get("steps").forEach(step -> {
            steps.add(step.get("step").asText());
            assertThat(step.get("ledgerIndex").isNumber()).as(step.toString()).isTrue();
        });
        assertThat(steps).contains("ENTRY_VERSION", "MOUNT", "APPLICATION_DECIDED", "GRANT", "USAGE");
        assertThat(api.get("/api/v1/provenance?requestId=" + requestId, tokenOf("rsj_user")).status()).isEqualTo(404);
    }
}
