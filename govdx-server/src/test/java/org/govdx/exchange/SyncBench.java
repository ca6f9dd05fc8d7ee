package org.govdx.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.govdx.ApiClient.Response;
import org.govdx.IntegrationTest;
import org.govdx.exchange.internal.SyncRunner;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Bulk sync of a {@code govdx.bench.rows} (1,000,000) row, 10-item table (two items masked) from the
 * local PostgreSQL into another PostgreSQL database ({@code govdx_bench_target}) through a real sync
 * job: rows per second and peak heap of a full run, then a run killed after 40% and its resume,
 * checked for exactly the source's rows. Run with {@code bench/sync-bench.sh}.
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "govdx.bench", matches = "true")
class SyncBench extends IntegrationTest {

    private static final int ROWS = Integer.getInteger("govdx.bench.rows", 1_000_000);
    private static final int BATCH = Integer.getInteger("govdx.bench.batch", 5000);
    private static final String TARGET_DB = "govdx_bench_target";
    private static final String TARGET_URL = "jdbc:postgresql://127.0.0.1:5432/" + TARGET_DB;

    @Autowired
    SyncRunner runner;

    @Test
    void syncAMillionRowsIntoAnotherPostgresDatabase() throws Exception {
        SyncFixtures.schemas();
        String table = "bench_" + ROWS;
        sourceTable(table);
        targetDatabase();
        String spj = tokenOf("spj_user");
        SyncFixtures fixtures = new SyncFixtures(api, tokenOf("operator"), tokenOf("gaj_catalog"),
                tokenOf("gaj_approver"), spj, tokenOf("spj_catalog"));
        Map<String, String> extraColumns = new LinkedHashMap<>();
        extraColumns.put("address", "zz");
        extraColumns.put("phone", "sjhm");
        extraColumns.put("registered_at", "djsj");
        List<String> items = List.of("rid", "id_number", "name", "county", "income", "birth_date", "alive", "address",
                "phone", "registered_at");
        SyncFixtures.Setup s = fixtures.setUp(table, Map.of(), List.of("rid"), items,
                List.of(SyncFixtures.item("address", "住址", "STRING", 200, "NONE", false),
                        SyncFixtures.item("phone", "联系电话", "STRING", 11, "NONE", false),
                        SyncFixtures.item("registered_at", "登记时间", "DATETIME", null, "NONE", false)),
                extraColumns);
        long target = fixtures.registerTarget("基准目标库" + unique(), TARGET_URL, "postgres");
        List<String> report = new ArrayList<>();
        report.add("rows=" + ROWS + " items=10 masked=2 batch=" + BATCH);

        execute(TARGET_URL, "DROP TABLE IF EXISTS bench_full");
        long full = fixtures.job(s.grantId(), target, "bench_full", "FULL", BATCH);
        HeapWatch heap = HeapWatch.watch();
        long t0 = System.nanoTime();
        assertThat(api.post("/api/v1/sync-jobs/" + full + "/run", spj, Map.of()).status()).isEqualTo(202);
        JsonNode run = fixtures.awaitRuns(full, 1, Duration.ofMinutes(30));
        double seconds = (System.nanoTime() - t0) / 1e9;
        heap.stopWatching();
        assertThat(run.get("status").asText()).as(run.toString()).isEqualTo("SUCCEEDED");
        assertThat(count(TARGET_URL, "SELECT COUNT(*) FROM bench_full")).isEqualTo(ROWS);
        report.add(String.format("full: %d rows in %.1f s = %.0f rows/s (run record: %.0f rows/s, %d batches), "
                        + "heap used peak %d MB", run.get("rowsRun").asLong(), seconds, ROWS / seconds,
                run.get("rowsPerSecond").asDouble(), run.get("batches").asInt(), heap.peakMb()));

        execute(TARGET_URL, "DROP TABLE IF EXISTS bench_resume");
        long resume = fixtures.job(s.grantId(), target, "bench_resume", "FULL", BATCH);
        int killAt = Math.max(1, ROWS * 4 / 10 / BATCH);
        runner.listen(resume, (id, batches) -> {
            if (batches == killAt) {
                throw new IllegalStateException("simulated kill");
            }
        });
        JsonNode killed;
        try {
            Response started = api.post("/api/v1/sync-jobs/" + resume + "/run", spj, Map.of());
            assertThat(started.status()).isEqualTo(202);
            killed = fixtures.awaitRuns(resume, 1, Duration.ofMinutes(30));
        } finally {
            runner.unlisten(resume);
        }
        long committed = count(TARGET_URL, "SELECT COUNT(*) FROM bench_resume");
        long t1 = System.nanoTime();
        Response again = api.post("/api/v1/sync-jobs/" + resume + "/run", spj, Map.of());
        assertThat(again.status()).isEqualTo(202);
        JsonNode resumed = fixtures.awaitRuns(resume, 2, Duration.ofMinutes(30));
        double resumeSeconds = (System.nanoTime() - t1) / 1e9;
        long total = count(TARGET_URL, "SELECT COUNT(*) FROM bench_resume");
        long distinct = count(TARGET_URL, "SELECT COUNT(DISTINCT rid) FROM bench_resume");
        assertThat(resumed.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(total).isEqualTo(ROWS);
        assertThat(distinct).isEqualTo(ROWS);
        report.add(String.format("kill: run %s after %d rows (%d in target); resume: %s, %d more rows in %.1f s "
                        + "(%.0f rows/s), target %d rows, %d distinct keys", killed.get("status").asText(),
                killed.get("rowsRun").asLong(), committed, resumed.get("status").asText(),
                resumed.get("rowsRun").asLong(), resumeSeconds, resumed.get("rowsRun").asLong() / resumeSeconds,
                total, distinct));
        long usage = countPlatform(resume);
        report.add("usage records (one per delivered batch) of the resumed job: " + usage);
        report.forEach(line -> System.out.println("SYNC-BENCH " + line));
        Files.write(Path.of("target", "sync-bench.txt"), report);
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private long countPlatform(long job) {
        return jdbc.sql("SELECT COUNT(*) FROM exchange_usage WHERE sync_job_id = ?").param(job).query(Long.class)
                .single();
    }

    /** The source table with ROWS generated rows, kept between runs. */
    private static void sourceTable(String table) throws Exception {
        String t = SyncFixtures.SRC_SCHEMA + "." + table;
        try (Connection c = DriverManager.getConnection(SyncFixtures.PG, "postgres", "");
             Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT to_regclass('" + t + "') IS NOT NULL");
            rs.next();
            if (rs.getBoolean(1) && count(SyncFixtures.PG, "SELECT COUNT(*) FROM " + t) == ROWS) {
                return;
            }
            s.execute("DROP TABLE IF EXISTS " + t);
            s.execute("CREATE TABLE " + t + " (rid BIGINT PRIMARY KEY, sfzh VARCHAR(18), xm VARCHAR(50), xq VARCHAR(20),"
                    + " nsr NUMERIC(12,2), csrq DATE, sfjz BOOLEAN, zz VARCHAR(200), sjhm VARCHAR(11), djsj TIMESTAMP,"
                    + " gxsj TIMESTAMP)");
            s.execute("INSERT INTO " + t + " SELECT i, '640502' || to_char(date '1950-01-01' + (i % 18000), 'YYYYMMDD')"
                    + " || lpad((i % 1000)::text, 3, '0') || (i % 10)::text,"
                    + " (ARRAY['张','王','李','赵','刘'])[1 + i % 5] || (ARRAY['伟','芳','娜','敏','静','强'])[1 + i % 6] || (i % 100),"
                    + " (ARRAY['沙坡头区','中宁县','海原县'])[1 + i % 3], 1000.50 + i % 50000, date '1950-01-01' + (i % 18000),"
                    + " i % 7 <> 0, '宁夏回族自治区中卫市沙坡头区文昌镇鼓楼西街' || i || '号',"
                    + " '139' || lpad((i % 100000000)::text, 8, '0'),"
                    + " timestamp '2020-01-01' + (i % 100000) * interval '1 minute', timestamp '2024-05-01 08:30'"
                    + " FROM generate_series(1, " + ROWS + ") i");
            s.execute("ANALYZE " + t);
        }
    }

    private static void targetDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(SyncFixtures.PG, "postgres", "");
             Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT COUNT(*) FROM pg_database WHERE datname = '" + TARGET_DB + "'");
            rs.next();
            if (rs.getLong(1) == 0) {
                s.execute("CREATE DATABASE " + TARGET_DB);
            }
        }
    }

    private static void execute(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(String url, String sql) throws Exception {
        return SyncFixtures.count(url, sql);
    }

    /** Samples the heap in use every 100 ms. */
    private static final class HeapWatch extends Thread {

        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;

        static HeapWatch watch() {
            HeapWatch w = new HeapWatch();
            w.setDaemon(true);
            w.start();
            return w;
        }

        @Override
        public void run() {
            while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stopWatching() {
            running = false;
        }

        long peakMb() {
            return peak.get() / (1024 * 1024);
        }
    }
}
