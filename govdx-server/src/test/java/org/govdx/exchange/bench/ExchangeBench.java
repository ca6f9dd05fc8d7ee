package org.govdx.exchange.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.govdx.ApiClient;
import org.govdx.common.IdCardNumber;
import org.postgresql.PGConnection;
import tools.jackson.databind.JsonNode;

/**
 * The exchange gateway benchmark of issue 5, against the local PostgreSQL with the platform on
 * PostgreSQL, run as its own process with {@code -Xmx512m}:
 * <ol>
 *   <li>single-record lookups by key through the gateway (app token, grant check, two masked items,
 *       usage record and its ledger fact) with 16 concurrent clients, against the same lookups over JDBC
 *       with 16 threads;</li>
 *   <li>CSV export of a 1,000,000-row, 10-item table with two masked items, against
 *       {@code COPY (SELECT …) TO STDOUT WITH CSV}, sampling the platform's heap with jstat.</li>
 * </ol>
 * Not a test; run with {@code bench/exchange-bench.sh}.
 */
public final class ExchangeBench {

    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String SRC_SCHEMA = "govdx_bench_src";
    private static final String PASSWORD = "Bench#2026pass";

    private ExchangeBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        int rows = Integer.parseInt(opt.getOrDefault("rows", "1000000"));
        int clients = Integer.parseInt(opt.getOrDefault("clients", "16"));
        int seconds = Integer.parseInt(opt.getOrDefault("seconds", "20"));
        int port = Integer.parseInt(opt.getOrDefault("port", "18089"));
        String platformDb = opt.getOrDefault("platform-db", "govdx_bench_platform");

        System.out.println("Preparing the source table (" + rows + " rows) and the platform database …");
        try (Connection c = DriverManager.getConnection(PG + "test", "postgres", ""); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SRC_SCHEMA + " CASCADE");
            s.execute("CREATE SCHEMA " + SRC_SCHEMA);
            s.execute("CREATE TABLE " + SRC_SCHEMA + ".person (sfzh VARCHAR(18) PRIMARY KEY, xm VARCHAR(50), xb VARCHAR(2),"
                    + " csrq DATE, qx VARCHAR(20), zz VARCHAR(200), sjhm VARCHAR(11), hh VARCHAR(20), fs INTEGER, gxsj TIMESTAMP)");
            s.execute("CREATE OR REPLACE FUNCTION " + SRC_SCHEMA + ".id_check(body TEXT) RETURNS TEXT AS $$"
                    + " SELECT substr('10X98765432', (SELECT SUM(substr(body, i, 1)::int * ((2 ^ (18 - i))::bigint % 11))"
                    + " FROM generate_series(1, 17) i)::int % 11 + 1, 1) $$ LANGUAGE SQL IMMUTABLE");
            s.execute("INSERT INTO " + SRC_SCHEMA + ".person SELECT b || " + SRC_SCHEMA + ".id_check(b), "
                    + " (ARRAY['张伟','王芳','李娜','赵敏','刘静','陈丽','杨强','黄磊'])[1 + g % 8], (ARRAY['男','女'])[1 + g % 2],"
                    + " DATE '1950-01-01' + (g % 20000), (ARRAY['沙坡头区','中宁县','海原县'])[1 + g % 3],"
                    + " '宁夏回族自治区中卫市沙坡头区文昌镇鼓楼西街' || g || '号', '139' || lpad((g % 100000000)::text, 8, '0'),"
                    + " 'HH' || (g / 3), g, TIMESTAMP '2026-01-01 00:00:00' + g * INTERVAL '1 second'"
                    + " FROM (SELECT g, '640502' || to_char(DATE '1950-01-01' + (g % 20000), 'YYYYMMDD')"
                    + " || lpad((g / 20000 % 1000)::text, 3, '0') AS b FROM generate_series(0, " + (rows - 1) + ") g) t");
            s.execute("VACUUM ANALYZE " + SRC_SCHEMA + ".person");
            s.execute("DROP DATABASE IF EXISTS " + platformDb + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + platformDb);
        }
        List<String> keys = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(PG + "test", "postgres", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT sfzh FROM " + SRC_SCHEMA
                     + ".person TABLESAMPLE SYSTEM (2) LIMIT 20000")) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }

        Process platform = startPlatform(port, platformDb);
        try {
            String base = "http://127.0.0.1:" + port;
            waitUntilUp(base, platform);
            ApiClient api = new ApiClient(base);
            String appToken = world(api);
            String path = base + "/api/v1/exchange/" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "/records";

            System.out.println("Warming up …");
            lookups(path, appToken, keys, clients, 8);
            Result gateway = lookups(path, appToken, keys, clients, seconds);
            Result direct = directLookups(keys, clients, seconds);

            System.out.println("Exporting …");
            HeapSampler heap = new HeapSampler(platform.pid());
            heap.start();
            long t0 = System.nanoTime();
            long[] csv = export(path, appToken);
            double exportSeconds = (System.nanoTime() - t0) / 1e9;
            heap.stop();
            long c0 = System.nanoTime();
            long copyBytes = copy();
            double copySeconds = (System.nanoTime() - c0) / 1e9;

            System.out.println();
            System.out.println("| benchmark | gateway | baseline | ratio (gateway ÷ baseline) | goal |");
            System.out.println("|---|---|---|---|---|");
            System.out.printf("| lookup by key, %d clients (req/s) | %.0f | %.0f (JDBC, %d threads) | %.2f | ≥ 0.5 |%n",
                    clients, gateway.rate(), direct.rate(), clients, gateway.rate() / direct.rate());
            System.out.printf("| lookup latency p50 / p99 (ms) | %.2f / %.2f | %.2f / %.2f | | p99 < 20 ms |%n",
                    gateway.p(50), gateway.p(99), direct.p(50), direct.p(99));
            System.out.printf("| CSV export, %,d rows × 10 items, 2 masked (rows/s) | %.0f | %.0f (COPY TO STDOUT) | %.2f | ≥ 0.5 |%n",
                    csv[0], csv[0] / exportSeconds, rows / copySeconds, (csv[0] / exportSeconds) / (rows / copySeconds));
            System.out.printf("| export size (MB) and time (s) | %.1f MB in %.1f s | %.1f MB in %.1f s | | |%n",
                    csv[1] / 1e6, exportSeconds, copyBytes / 1e6, copySeconds);
            System.out.printf("| platform heap during export (MB, jstat, -Xmx512m) | max used %.0f | | | < 512 |%n",
                    heap.maxUsedMb());
            System.out.println();
            System.out.printf("gateway errors: %d, direct errors: %d%n", gateway.errors(), direct.errors());
        } finally {
            platform.destroy();
            platform.waitFor();
        }
    }

    private static String code;

    /** Provider entry on the table, consumer app, grant: all through the API, as users would. */
    private static String world(ApiClient api) {
        String operator = api.token("operator", PASSWORD);
        String gaj = api.token("gaj_catalog", PASSWORD);
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("name", "基准人口库");
        source.put("type", "JDBC");
        source.put("jdbcUrl", PG + "test?currentSchema=" + SRC_SCHEMA);
        source.put("username", "postgres");
        source.put("password", "");
        long sourceId = ok(api.post("/api/v1/datasources", gaj, source)).get("id").asLong();
        String[][] items = {{"id_number", "公民身份号码", "STRING", "ID_CARD", "sfzh"}, {"name", "姓名", "STRING", "NONE", "xm"},
                {"gender", "性别", "STRING", "NONE", "xb"}, {"birth_date", "出生日期", "DATE", "NONE", "csrq"},
                {"county", "区县", "STRING", "NONE", "qx"}, {"address", "住址", "STRING", "NONE", "zz"},
                {"mobile", "手机号码", "STRING", "MOBILE", "sjhm"}, {"household", "户号", "STRING", "NONE", "hh"},
                {"score", "序号", "INTEGER", "NONE", "fs"}, {"updated_at", "更新时间", "DATETIME", "NONE", "gxsj"}};
        List<Map<String, Object>> itemList = new ArrayList<>();
        Map<String, String> columns = new LinkedHashMap<>();
        for (String[] i : items) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("code", i[0]);
            item.put("name", i[1]);
            item.put("dataType", i[2]);
            item.put("grade", "GENERAL_2");
            item.put("maskingRule", i[3]);
            item.put("key", i[0].equals("id_number"));
            itemList.add(item);
            columns.put(i[0], i[4]);
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", "基准人口信息");
        entry.put("summary", "交换网关基准测试用的人口信息表，一百万条记录。");
        entry.put("classification", "101001");
        entry.put("format", "DATABASE");
        entry.put("shareType", "CONDITIONAL");
        entry.put("shareCondition", "仅限基准测试。");
        entry.put("shareMode", "API");
        entry.put("openType", "NOT_OPEN");
        entry.put("updateCycle", "DAILY");
        entry.put("grade", "GENERAL_2");
        entry.put("items", itemList);
        JsonNode created = ok(api.post("/api/v1/catalog", gaj, entry));
        long entryId = created.get("id").asLong();
        code = created.get("code").asText();
        Map<String, Object> mount = new LinkedHashMap<>();
        mount.put("type", "TABLE");
        mount.put("dataSourceId", sourceId);
        mount.put("table", "person");
        mount.put("keyColumn", "sfzh");
        mount.put("changeTimestampColumn", "gxsj");
        mount.put("columns", columns);
        ok(api.put("/api/v1/catalog/" + entryId + "/mount", gaj, mount));
        ok(api.post("/api/v1/catalog/" + entryId + "/submit", gaj,
                Map.of("confidentialityRiskAssessed", true, "personalInfoImpactAssessed", true, "approvedBy", "王局长")));
        ok(api.post("/api/v1/catalog/" + entryId + "/review", operator, Map.of("approve", true, "comment", "同意")));
        String user = api.token("mzj_user", PASSWORD);
        JsonNode app = ok(api.post("/api/v1/apps", user, Map.of("name", "基准应用", "description", "基准测试")));
        Map<String, Object> application = new LinkedHashMap<>();
        application.put("entryId", entryId);
        application.put("items", Arrays.stream(items).map(i -> i[0]).toList());
        application.put("purpose", "交换网关基准测试");
        application.put("scenario", "基准测试");
        application.put("legalBasis", "《政务数据共享条例》");
        application.put("accessModes", List.of("API", "BULK"));
        application.put("appId", app.get("id").asLong());
        Map<String, String> why = new LinkedHashMap<>();
        for (String[] i : items) {
            why.put(i[0], "基准测试需要");
        }
        application.put("justifications", why);
        long applicationId = ok(api.post("/api/v1/applications", user, application)).get("id").asLong();
        ok(api.post("/api/v1/applications/" + applicationId + "/approve", api.token("gaj_approver", PASSWORD),
                Map.of("rateLimitPerMinute", 100_000_000)));
        return ok(api.post("/api/v1/auth/token", null, Map.of("appKey", app.get("appKey").asText(),
                "appSecret", app.get("appSecret").asText()))).get("accessToken").asText();
    }

    private static JsonNode ok(ApiClient.Response r) {
        if (r.status() / 100 != 2) {
            throw new IllegalStateException(r.status() + " " + r.text());
        }
        return r.body();
    }

    record Result(long calls, long errors, double seconds, long[] latenciesNanos) {

        double rate() {
            return calls / seconds;
        }

        double p(int percentile) {
            if (latenciesNanos.length == 0) {
                return 0;
            }
            int i = (int) Math.min(latenciesNanos.length - 1, Math.ceil(percentile / 100.0 * latenciesNanos.length) - 1);
            return latenciesNanos[Math.max(0, i)] / 1e6;
        }
    }

    private static Result lookups(String path, String token, List<String> keys, int clients, int seconds)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return run(clients, seconds, () -> {
            String key = keys.get(ThreadLocalRandom.current().nextInt(keys.size()));
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(path + "?id_number=" + key))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains("\"totalElements\":1");
        });
    }

    private static Result directLookups(List<String> keys, int clients, int seconds) throws Exception {
        ThreadLocal<PreparedStatement> statements = ThreadLocal.withInitial(() -> {
            try {
                Connection c = DriverManager.getConnection(PG + "test", "postgres", "");
                return c.prepareStatement("SELECT sfzh, xm, xb, csrq, qx, zz, sjhm, hh, fs, gxsj FROM " + SRC_SCHEMA
                        + ".person WHERE sfzh = ?");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return run(clients, seconds, () -> {
            PreparedStatement ps = statements.get();
            ps.setString(1, keys.get(ThreadLocalRandom.current().nextInt(keys.size())));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    interface Call {
        boolean call() throws Exception;
    }

    private static Result run(int threads, int seconds, Call call) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong calls = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        int[] counts = new int[threads];
        for (int t = 0; t < threads; t++) {
            long[] mine = new long[2_000_000];
            latencies.add(mine);
            int index = t;
            Thread worker = new Thread(() -> {
                while (!stop.get()) {
                    long start = System.nanoTime();
                    boolean ok;
                    try {
                        ok = call.call();
                    } catch (Exception e) {
                        ok = false;
                    }
                    long took = System.nanoTime() - start;
                    if (ok) {
                        calls.incrementAndGet();
                        if (counts[index] < mine.length) {
                            mine[counts[index]++] = took;
                        }
                    } else {
                        errors.incrementAndGet();
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Thread w : workers) {
            w.join();
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(latencies.get(t), 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        return new Result(calls.get(), errors.get(), elapsed, all);
    }

    /** Streams the CSV export; answers rows and bytes. */
    private static long[] export(String path, String token) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(path))
                .header("Authorization", "Bearer " + token).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("export answered " + r.statusCode());
        }
        long bytes = 0;
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = r.body()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return new long[]{lines - 1, bytes};
    }

    private static long copy() throws Exception {
        try (Connection c = DriverManager.getConnection(PG + "test", "postgres", "")) {
            long[] bytes = {0};
            OutputStream sink = new OutputStream() {
                @Override
                public void write(int b) {
                    bytes[0]++;
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes[0] += len;
                }
            };
            c.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (SELECT sfzh, xm, xb, csrq, qx, zz, sjhm, hh, fs, gxsj FROM "
                    + SRC_SCHEMA + ".person) TO STDOUT WITH CSV HEADER", sink);
            return bytes[0];
        }
    }

    private static Process startPlatform(int port, String db) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.govdx.GovdxApplication", "--server.port=" + port,
                "--spring.datasource.url=" + PG + db, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--govdx.demo.enabled=true", "--govdx.demo.password=" + PASSWORD,
                "--govdx.bootstrap.admin-password=" + PASSWORD, "--govdx.data-dir=target/exchange-bench-data",
                "--govdx.source.pool-size=16", "--spring.datasource.hikari.maximum-pool-size=32",
                "--server.tomcat.threads.max=64", "--logging.level.root=WARN",
                // keep the quality module's scans of the freshly mounted million rows out of the measurement
                "--govdx.quality.after-mount-delay=2h", "--govdx.quality.scheduler-interval=2h"));
        File log = new File("target/exchange-bench-platform.log");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }

    private static void waitUntilUp(String base, Process platform) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (!platform.isAlive()) {
                throw new IllegalStateException("platform exited; see target/exchange-bench-platform.log");
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    waitUntilIdle(platform.pid());
                    return;
                }
            } catch (java.io.IOException e) {
                // not up yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("platform did not start within 5 minutes");
    }

    /**
     * The demo city's source databases, ledger and search index are filled in the background after
     * start-up; measuring before they are done would measure them. Waits until the platform uses less
     * than a tenth of a core over two seconds (at most three minutes).
     */
    private static void waitUntilIdle(long pid) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        long before = cpuTicks(pid);
        while (System.nanoTime() < deadline) {
            Thread.sleep(2000);
            long now = cpuTicks(pid);
            // clock ticks are 1/100 s: under 20 ticks in 2 s is under 10 % of one core
            if (now - before < 20) {
                return;
            }
            before = now;
        }
    }

    private static long cpuTicks(long pid) throws Exception {
        String[] stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"))
                .replaceAll("^.*\\) ", "").split(" ");
        // after the command: state is field 3, utime 14 and stime 15 (1-based) of the whole line
        return Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
    }

    /** Samples the platform's heap (eden + survivors + old, used) every 500 ms with jstat. */
    static final class HeapSampler {

        private final long pid;
        private volatile boolean running = true;
        private volatile double maxUsedKb;
        private Thread thread;

        HeapSampler(long pid) {
            this.pid = pid;
        }

        void start() {
            thread = new Thread(() -> {
                String jstat = ProcessHandle.current().info().command().orElse("java").replaceAll("java$", "jstat");
                while (running) {
                    try {
                        Process p = new ProcessBuilder(jstat, "-gc", String.valueOf(pid)).start();
                        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
                            String[] header = r.readLine().trim().split("\\s+");
                            String[] values = r.readLine().trim().split("\\s+");
                            double used = 0;
                            for (int i = 0; i < header.length; i++) {
                                if (List.of("S0U", "S1U", "EU", "OU").contains(header[i])) {
                                    used += Double.parseDouble(values[i]);
                                }
                            }
                            maxUsedKb = Math.max(maxUsedKb, used);
                        }
                        p.waitFor();
                        Thread.sleep(500);
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        double maxUsedMb() {
            return maxUsedKb / 1024;
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            out.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return out;
    }

    static String idNumber(int i) {
        return IdCardNumber.complete(String.format("640502%04d%02d%02d%03d", 1950 + i % 50, 1 + i % 12, 1 + i % 28,
                i % 1000));
    }
}
