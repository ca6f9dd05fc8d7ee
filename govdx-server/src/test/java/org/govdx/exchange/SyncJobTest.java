package org.govdx.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.govdx.ApiClient.Response;
import org.govdx.IntegrationTest;
import org.govdx.exchange.internal.SyncRunner;
import org.govdx.exchange.internal.SyncScheduler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Bulk sync jobs end to end on real PostgreSQL and MariaDB: masked items and the row filter in the
 * target, incremental passes, resume after a crash without loss or duplicates, the grant checked
 * per batch, usage records per batch, and two scheduler instances never running one job twice.
 */
class SyncJobTest extends IntegrationTest {

    private static final List<String> ALL_ITEMS = List.of("rid", "id_number", "name", "county", "income",
            "birth_date", "alive");

    @Autowired
    SyncRunner runner;
    @Autowired
    SyncScheduler scheduler;
    @Autowired
    JdbcClient jdbc;

    private SyncFixtures fixtures;
    private String spj;

    @BeforeAll
    static void schemas() throws Exception {
        SyncFixtures.schemas();
    }

    @BeforeEach
    void setUp() {
        spj = tokenOf("spj_user");
        fixtures = new SyncFixtures(api, tokenOf("operator"), tokenOf("gaj_catalog"), tokenOf("gaj_approver"), spj,
                tokenOf("spj_catalog"));
    }

    private static String table(String prefix) {
        return prefix + "_" + unique().toLowerCase();
    }

    @Test
    void aFullSyncCopiesTheGrantedRowsMaskedIntoPostgres() throws Exception {
        String source = table("res");
        SyncFixtures.sourceTable(source, 60);
        SyncFixtures.Setup s = fixtures.setUp(source, Map.of("county", "沙坡头区"), List.of("rid"), ALL_ITEMS);
        String target = table("copy");
        long job = fixtures.job(s.grantId(), s.pgTarget(), target, "FULL", 7);

        JsonNode run = fixtures.runAndWait(job, 1);
        assertThat(run.get("status").asText()).as(run.toString()).isEqualTo("SUCCEEDED");
        assertThat(run.get("rowsRun").asLong()).isEqualTo(20);
        assertThat(run.get("estimatedTotal").asLong()).isEqualTo(20);
        assertThat(run.get("batches").asInt()).isEqualTo(3);
        assertThat(run.get("rowsPerSecond").asDouble()).isPositive();

        String tgt = SyncFixtures.TGT_SCHEMA + "." + target;
        List<Map<String, Object>> rows = SyncFixtures.rows(SyncFixtures.PG, "SELECT * FROM " + tgt + " ORDER BY rid");
        assertThat(rows).hasSize(20);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("county")).isEqualTo("沙坡头区");
            assertThat((String) r.get("id_number")).matches("\\d{6}\\*{8}[0-9X]{4}");
            assertThat((String) r.get("name")).startsWith("张").contains("*");
        });
        Map<String, Object> first = rows.get(0);
        assertThat(first.get("rid")).isEqualTo(3L);
        assertThat(first.get("income").toString()).startsWith("1003.5");
        assertThat(first.get("birth_date").toString()).isEqualTo("1963-04-04");
        assertThat(first.get("alive")).isEqualTo(true);

        List<Map<String, Object>> usage = jdbc.sql("""
                SELECT row_count, byte_count, content_hash, operation, grant_id FROM exchange_usage
                WHERE sync_job_id = ? ORDER BY id""").param(job).query().listOfRows();
        assertThat(usage).hasSize(3);
        assertThat(usage.stream().mapToLong(u -> ((Number) u.get("row_count")).longValue()).sum()).isEqualTo(20);
        assertThat(usage).allSatisfy(u -> {
            assertThat(u.get("operation")).isEqualTo("SYNC_BATCH");
            assertThat((String) u.get("content_hash")).matches("[0-9a-f]{64}");
            assertThat(((Number) u.get("byte_count")).longValue()).isPositive();
            assertThat(((Number) u.get("grant_id")).longValue()).isEqualTo(s.grantId());
        });

        // the provider sees the job; another department does not
        assertThat(api.get("/api/v1/sync-jobs/" + job, tokenOf("gaj_catalog")).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/sync-jobs/" + job, tokenOf("mzj_user")).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/sync-jobs/" + job + "/run", tokenOf("gaj_user"), Map.of()).status())
                .as("the provider may look, not run").isEqualTo(403);
    }

    @Test
    void aSecondFullRunIntoMariaDbUpsertsWithAHashedKeyWhenTheKeyIsNotGranted() throws Exception {
        String source = table("res");
        SyncFixtures.sourceTable(source, 30);
        SyncFixtures.Setup s = fixtures.setUp(source, Map.of(), List.of(),
                List.of("id_number", "name", "county", "income", "birth_date", "alive"));
        String target = "govdx_" + table("sync");
        SyncFixtures.execute(SyncFixtures.MARIA, "DROP TABLE IF EXISTS " + target);
        long job = fixtures.job(s.grantId(), s.mariaTarget(), target, "FULL", 8);

        assertThat(fixtures.runAndWait(job, 1).get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(fixtures.runAndWait(job, 2).get("rowsRun").asLong()).isEqualTo(30);
        assertThat(SyncFixtures.count(SyncFixtures.MARIA, "SELECT COUNT(*) FROM " + target)).isEqualTo(30);
        assertThat(SyncFixtures.count(SyncFixtures.MARIA, "SELECT COUNT(DISTINCT govdx_row_key) FROM " + target))
                .isEqualTo(30);
        List<Map<String, Object>> rows = SyncFixtures.rows(SyncFixtures.MARIA, "SELECT * FROM " + target);
        assertThat(rows.get(0)).doesNotContainKey("rid");
        assertThat((String) rows.get(0).get("govdx_row_key")).matches("[0-9a-f]{64}");
        assertThat((String) rows.get(0).get("id_number")).contains("********");
        SyncFixtures.execute(SyncFixtures.MARIA, "DROP TABLE " + target);
    }

    @Test
    void anIncrementalRunCopiesOnlyTheRowsChangedSinceTheLastPass() throws Exception {
        String source = table("res");
        SyncFixtures.sourceTable(source, 40);
        SyncFixtures.Setup s = fixtures.setUp(source, Map.of(), List.of("rid", "name"), ALL_ITEMS);
        String target = table("inc");
        long job = fixtures.job(s.grantId(), s.pgTarget(), target, "INCREMENTAL", 10);
        assertThat(fixtures.runAndWait(job, 1).get("rowsRun").asLong()).isEqualTo(40);

        String src = SyncFixtures.SRC_SCHEMA + "." + source;
        Timestamp later = Timestamp.valueOf(LocalDateTime.of(2024, 6, 1, 9, 0));
        try (Connection c = DriverManager.getConnection(SyncFixtures.PG, "postgres", "")) {
            try (var ps = c.prepareStatement("UPDATE " + src + " SET xm = '李四改', gxsj = ? WHERE rid IN (5, 17, 33)")) {
                ps.setTimestamp(1, later);
                ps.executeUpdate();
            }
            SyncFixtures.insert(c, source, 41, 42);
            try (var ps = c.prepareStatement("UPDATE " + src + " SET gxsj = ? WHERE rid > 40")) {
                ps.setTimestamp(1, later);
                ps.executeUpdate();
            }
        }
        JsonNode second = fixtures.runAndWait(job, 2);
        assertThat(second.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(second.get("rowsRun").asLong()).isEqualTo(5);
        String tgt = SyncFixtures.TGT_SCHEMA + "." + target;
        assertThat(SyncFixtures.count(SyncFixtures.PG, "SELECT COUNT(*) FROM " + tgt)).isEqualTo(42);
        assertThat(SyncFixtures.count(SyncFixtures.PG, "SELECT COUNT(*) FROM " + tgt + " WHERE name = '李四改'"))
                .isEqualTo(3);
        assertThat(fixtures.runAndWait(job, 3).get("rowsRun").asLong()).as("nothing changed").isZero();
        assertThat(api.get("/api/v1/sync-jobs/" + job, spj).body().get("watermark").asText())
                .isEqualTo("2024-06-01T09:00");
    }

    @Test
    void aRunKilledMidWayResumesFromItsCheckpointWithoutLossOrDuplicates() throws Exception {
        String source = table("res");
        SyncFixtures.sourceTable(source, 53);
        SyncFixtures.Setup s = fixtures.setUp(source, Map.of(), List.of("rid"), ALL_ITEMS);
        String target = table("kill");
        long job = fixtures.job(s.grantId(), s.pgTarget(), target, "FULL", 5);
        AtomicReference<String> afterTwo = new AtomicReference<>();
        runner.listen(job, (id, batches) -> {
            if (batches == 2) {
                afterTwo.set(jdbc.sql("SELECT pass_key FROM sync_job WHERE id = ?").param(id).query(String.class)
                        .single());
            }
            if (batches == 4) {
                throw new IllegalStateException("simulated kill");
            }
        });
        try {
            JsonNode killed = fixtures.runAndWait(job, 1);
            assertThat(killed.get("status").asText()).isEqualTo("FAILED");
            assertThat(killed.get("rowsRun").asLong()).isEqualTo(20);
        } finally {
            runner.unlisten(job);
        }
        // batches 3 and 4 reached the target, but say the checkpoint after them was lost with the process
        jdbc.sql("UPDATE sync_job SET pass_key = ?, pass_rows = 10 WHERE id = ?").params(afterTwo.get(), job).update();
        assertThat(api.get("/api/v1/sync-jobs/" + job, spj).body().get("pendingRows").asLong()).isEqualTo(10);

        JsonNode resumed = fixtures.runAndWait(job, 2);
        assertThat(resumed.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(resumed.get("resumed").asBoolean()).isTrue();
        assertThat(resumed.get("rowsRun").asLong()).isEqualTo(43);
        assertThat(resumed.get("passRows").asLong()).isEqualTo(53);
        String tgt = SyncFixtures.TGT_SCHEMA + "." + target;
        assertThat(SyncFixtures.count(SyncFixtures.PG, "SELECT COUNT(*) FROM " + tgt)).isEqualTo(53);
        assertThat(SyncFixtures.count(SyncFixtures.PG, "SELECT COUNT(DISTINCT rid) FROM " + tgt)).isEqualTo(53);
        assertThat(SyncFixtures.count(SyncFixtures.PG, "SELECT MIN(rid) + MAX(rid) FROM " + tgt)).isEqualTo(54);
        assertThat(api.get("/api/v1/sync-jobs/" + job, spj).body().hasNonNull("pendingRows")).isFalse();
    }

    @Test
    void aRevokedGrantStopsTheJobBeforeItsNextBatch() throws Exception {
        String source = table("res");
        SyncFixtures.sourceTable(source, 30);
        SyncFixtures.Setup s = fixtures.setUp(source, Map.of(), List.of("rid"), ALL_ITEMS);
        long job = fixtures.job(s.grantId(), s.pgTarget(), table("rev"), "FULL", 5);
        String approver = tokenOf("gaj_approver");
        runner.listen(job, (id, batches) -> {
            if (batches == 2) {
                Response revoked = api.post("/api/v1/grants/" + s.grantId() + "/revoke", approver,
                        Map.of("reason", "用途已变更"));
                assertThat(revoked.status()).as(revoked.text()).isEqualTo(200);
            }
        });
        try {
            JsonNode run = fixtures.runAndWait(job, 1);
            assertThat(run.get("status").asText()).isEqualTo("FAILED");
            assertThat(run.get("code").asText()).isEqualTo("GRANT_REVOKED");
            assertThat(run.get("rowsRun").asLong()).isEqualTo(10);
        } finally {
            runner.unlisten(job);
        }
        JsonNode again = fixtures.runAndWait(job, 2);
        assertThat(again.get("code").asText()).isEqualTo("GRANT_REVOKED");
        assertThat(again.get("rowsRun").asLong()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM exchange_usage WHERE sync_job_id = ?").param(job).query(Long.class)
                .single()).isEqualTo(2);
    }

    @Test
    void twoSchedulerInstancesNeverRunOneJobTwice() throws Exception {
        String source = table("res");
        SyncFixtures.sourceTable(source, 24);
        SyncFixtures.Setup s = fixtures.setUp(source, Map.of(), List.of("rid"), ALL_ITEMS);
        String target = table("two");
        long job = fixtures.job(s.grantId(), s.pgTarget(), target, "FULL", 4);
        List<String> overlaps = new ArrayList<>();
        int[] active = {0};
        runner.listen(job, (id, batches) -> {
            synchronized (active) {
                if (batches == 1 && ++active[0] > 1) {
                    overlaps.add("two runs at once");
                }
            }
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (batches == 6) {
                synchronized (active) {
                    active[0]--;
                }
            }
        });
        Scheduler a = scheduler.newScheduler("test-node-a", 2);
        Scheduler b = scheduler.newScheduler("test-node-b", 2);
        try {
            a.start();
            b.start();
            CountDownLatch go = new CountDownLatch(1);
            Thread ta = new Thread(() -> await(go, a));
            Thread tb = new Thread(() -> await(go, b));
            a.schedule(new TaskInstance<>("sync-job", Long.toString(job), "SCHEDULE"), Instant.now());
            ta.start();
            tb.start();
            go.countDown();
            ta.join();
            tb.join();
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!api.get("/api/v1/sync-jobs/" + job, spj).body().hasNonNull("running")
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(api.post("/api/v1/sync-jobs/" + job + "/run", spj, Map.of()).status())
                    .as("while it runs somewhere, a run-now is refused").isEqualTo(409);
            JsonNode run = fixtures.awaitRuns(job, 1);
            assertThat(run.get("status").asText()).isEqualTo("SUCCEEDED");
            assertThat(run.get("executedBy").asText()).as("the instance that picked it").isNotBlank();
        } finally {
            runner.unlisten(job);
            a.stop();
            b.stop();
        }
        assertThat(overlaps).isEmpty();
        assertThat(api.get("/api/v1/sync-jobs/" + job + "/runs", spj).body().get("totalElements").asLong())
                .as("one run, though three schedulers saw the job due").isEqualTo(1);
        assertThat(SyncFixtures.count(SyncFixtures.PG, "SELECT COUNT(*) FROM " + SyncFixtures.TGT_SCHEMA + "." + target))
                .isEqualTo(24);
    }

    private static void await(CountDownLatch go, Scheduler s) {
        try {
            go.await();
            s.triggerCheckForDueExecutions();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aBadJobIsRefusedWithEveryProblemAtOnce() throws Exception {
        Response r = api.post("/api/v1/sync-jobs", spj, Map.of("grantId", 987654321, "targetTable", "bad name;",
                "mode", "SOMETIMES", "cron", "every day", "batchSize", 0));
        assertThat(r.status()).as(r.text()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        r.body().get("errors").forEach(e -> fields.add(e.get("field").asText() + ":" + e.get("code").asText()));
        assertThat(fields).contains("grantId:SYNC_GRANT_NOT_FOUND", "targetTable:SYNC_INVALID_TABLE_NAME",
                "mode:SYNC_INVALID_MODE", "cron:SYNC_INVALID_CRON", "batchSize:SYNC_INVALID_BATCH_SIZE",
                "targetDataSourceId:REQUIRED");
    }

    @Test
    void aCronJobIsScheduledAndDisablingUnschedulesIt() throws Exception {
        String source = table("res");
        SyncFixtures.sourceTable(source, 3);
        SyncFixtures.Setup s = fixtures.setUp(source, Map.of(), List.of("rid"), ALL_ITEMS);
        Response created = api.post("/api/v1/sync-jobs", spj, Map.of("grantId", s.grantId(),
                "targetDataSourceId", s.pgTarget(), "targetTable", table("cron"), "mode", "FULL",
                "cron", "0 0 2 * * *"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long job = created.body().get("id").asLong();
        assertThat(created.body().get("nextRunAt").asText()).contains("T");
        Response disabled = api.post("/api/v1/sync-jobs/" + job + "/disable", spj, Map.of());
        assertThat(disabled.body().hasNonNull("nextRunAt")).isFalse();
        assertThat(api.post("/api/v1/sync-jobs/" + job + "/run", spj, Map.of()).status()).isEqualTo(409);
        Response enabled = api.post("/api/v1/sync-jobs/" + job + "/enable", spj, Map.of());
        assertThat(enabled.body().get("nextRunAt").asText()).contains("T");
        assertThat(api.send("DELETE", "/api/v1/sync-jobs/" + job, spj, null, null).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/sync-jobs/" + job, spj).status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE task_instance = ?")
                .param(Long.toString(job)).query(Long.class).single()).isZero();
    }
}
