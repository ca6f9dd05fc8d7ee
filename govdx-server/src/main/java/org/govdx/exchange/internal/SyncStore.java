package org.govdx.exchange.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The {@code sync_job} and {@code sync_run} tables. */
@Component
class SyncStore {

    private final JdbcClient jdbc;

    SyncStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertJob(SyncJobRow j) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO sync_job (grant_id, app_id, entry_id, resource_code, consumer_org_id, provider_org_id,
                    target_data_source_id, target_table, sync_mode, cron, batch_size, enabled, created_by, created_at,
                    pass_open, pass_rows)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, 0)""")
                .params(j.grantId(), j.appId(), j.entryId(), j.resourceCode(), j.consumerOrgId(), j.providerOrgId(),
                        j.targetDataSourceId(), j.targetTable(), j.mode().name(), j.cron(), j.batchSize(), j.enabled(),
                        j.createdBy(), Timestamp.from(j.createdAt()))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    Optional<SyncJobRow> job(long id) {
        return jdbc.sql("SELECT * FROM sync_job WHERE id = ?").param(id).query(SyncStore::job).optional();
    }

    /** Jobs of which the consumer or the provider org is in {@code orgs}; every job when {@code orgs} is null. */
    PageResponse<SyncJobRow> jobs(Collection<Long> orgs, PageRequest page) {
        String where = "1 = 1";
        List<Object> params = new ArrayList<>();
        if (orgs != null) {
            if (orgs.isEmpty()) {
                return new PageResponse<>(List.of(), page.page(), page.size(), 0);
            }
            String in = String.join(", ", orgs.stream().map(o -> "?").toList());
            where = "(consumer_org_id IN (" + in + ") OR provider_org_id IN (" + in + "))";
            params.addAll(orgs);
            params.addAll(orgs);
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM sync_job WHERE " + where).params(params).query(Long.class)
                .single();
        List<Object> all = new ArrayList<>(params);
        all.add(page.size());
        all.add(page.offset());
        List<SyncJobRow> rows = jdbc.sql("SELECT * FROM sync_job WHERE " + where + " ORDER BY id DESC LIMIT ? OFFSET ?")
                .params(all).query(SyncStore::job).list();
        return new PageResponse<>(rows, page.page(), page.size(), total);
    }

    void setEnabled(long id, boolean enabled) {
        jdbc.sql("UPDATE sync_job SET enabled = ? WHERE id = ?").params(enabled, id).update();
    }

    void deleteJob(long id) {
        jdbc.sql("DELETE FROM sync_run WHERE job_id = ?").param(id).update();
        jdbc.sql("DELETE FROM sync_job WHERE id = ?").param(id).update();
    }

    /** Opens a pass: a full copy, or the changes in ({@code after}, {@code upTo}]. */
    void openPass(long jobId, String after, String upTo, Long total) {
        jdbc.sql("""
                UPDATE sync_job SET pass_open = TRUE, pass_after = ?, pass_up_to = ?, pass_key = NULL, pass_rows = 0,
                    pass_total = ? WHERE id = ?""")
                .params(after, upTo, total, jobId).update();
    }

    /** The checkpoint: every row up to {@code sealedKey} is in the target. */
    void checkpoint(long jobId, String sealedKey, long passRows) {
        jdbc.sql("UPDATE sync_job SET pass_key = ?, pass_rows = ? WHERE id = ?").params(sealedKey, passRows, jobId)
                .update();
    }

    /** Closes the pass; an incremental job's watermark moves to the pass's upper bound. */
    void closePass(long jobId, String watermark) {
        jdbc.sql("""
                UPDATE sync_job SET pass_open = FALSE, pass_after = NULL, pass_up_to = NULL, pass_key = NULL,
                    pass_rows = 0, pass_total = NULL, watermark = COALESCE(?, watermark) WHERE id = ?""")
                .params(watermark, jobId).update();
    }

    /** Runs left RUNNING by an instance that died: they will never finish. */
    int interruptStale(long jobId, Instant now) {
        return jdbc.sql("""
                UPDATE sync_run SET status = 'INTERRUPTED', code = COALESCE(code, 'INSTANCE_LOST'), finished_at = ?
                WHERE job_id = ? AND status = 'RUNNING'""")
                .params(Timestamp.from(now), jobId).update();
    }

    long startRun(long jobId, String trigger, SyncMode mode, Instant now, boolean resumed, long passRows,
                  Long estimatedTotal, String executedBy) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO sync_run (job_id, trigger_type, status, sync_mode, started_at, progress_at, resumed,
                    rows_run, pass_rows, estimated_total, batches, byte_count, executed_by)
                VALUES (?, ?, 'RUNNING', ?, ?, ?, ?, 0, ?, ?, 0, 0, ?)""")
                .params(jobId, trigger, mode.name(), Timestamp.from(now), Timestamp.from(now), resumed, passRows,
                        estimatedTotal, executedBy)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    void progress(long runId, long rowsRun, long passRows, Long estimatedTotal, int batches, long bytes, Instant now) {
        jdbc.sql("""
                UPDATE sync_run SET rows_run = ?, pass_rows = ?, estimated_total = ?, batches = ?, byte_count = ?,
                    progress_at = ? WHERE id = ?""")
                .params(rowsRun, passRows, estimatedTotal, batches, bytes, Timestamp.from(now), runId).update();
    }

    void finishRun(long runId, SyncRunStatus status, String code, Instant now) {
        jdbc.sql("UPDATE sync_run SET status = ?, code = ?, finished_at = ?, progress_at = ? WHERE id = ?")
                .params(status.name(), code, Timestamp.from(now), Timestamp.from(now), runId).update();
    }

    Optional<SyncRunView> run(long runId) {
        return jdbc.sql("SELECT * FROM sync_run WHERE id = ?").param(runId).query(SyncStore::run).optional();
    }

    Optional<SyncRunView> running(long jobId) {
        return jdbc.sql("SELECT * FROM sync_run WHERE job_id = ? AND status = 'RUNNING' ORDER BY id DESC LIMIT 1")
                .param(jobId).query(SyncStore::run).optional();
    }

    Optional<SyncRunView> lastFinished(long jobId) {
        return jdbc.sql("SELECT * FROM sync_run WHERE job_id = ? AND status <> 'RUNNING' ORDER BY id DESC LIMIT 1")
                .param(jobId).query(SyncStore::run).optional();
    }

    PageResponse<SyncRunView> runs(long jobId, PageRequest page) {
        long total = jdbc.sql("SELECT COUNT(*) FROM sync_run WHERE job_id = ?").param(jobId).query(Long.class)
                .single();
        List<SyncRunView> rows = jdbc.sql("SELECT * FROM sync_run WHERE job_id = ? ORDER BY id DESC LIMIT ? OFFSET ?")
                .params(jobId, page.size(), page.offset()).query(SyncStore::run).list();
        return new PageResponse<>(rows, page.page(), page.size(), total);
    }

    private static SyncJobRow job(ResultSet rs, int n) throws SQLException {
        return new SyncJobRow(rs.getLong("id"), rs.getLong("grant_id"), rs.getLong("app_id"), rs.getLong("entry_id"),
                rs.getString("resource_code"), rs.getLong("consumer_org_id"), rs.getLong("provider_org_id"),
                rs.getLong("target_data_source_id"), rs.getString("target_table"),
                SyncMode.valueOf(rs.getString("sync_mode")), rs.getString("cron"), rs.getInt("batch_size"),
                rs.getBoolean("enabled"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("watermark"), rs.getBoolean("pass_open"), rs.getString("pass_after"),
                rs.getString("pass_up_to"), rs.getString("pass_key"), rs.getLong("pass_rows"),
                (Long) rs.getObject("pass_total", Long.class));
    }

    private static SyncRunView run(ResultSet rs, int n) throws SQLException {
        Instant started = rs.getTimestamp("started_at").toInstant();
        Instant progress = rs.getTimestamp("progress_at").toInstant();
        Timestamp finished = rs.getTimestamp("finished_at");
        long rows = rs.getLong("rows_run");
        Instant end = finished != null ? finished.toInstant() : progress;
        double seconds = Math.max(0.001, (end.toEpochMilli() - started.toEpochMilli()) / 1000.0);
        return new SyncRunView(rs.getLong("id"), rs.getLong("job_id"), rs.getString("trigger_type"),
                SyncRunStatus.valueOf(rs.getString("status")), SyncMode.valueOf(rs.getString("sync_mode")), started,
                finished == null ? null : finished.toInstant(), rs.getBoolean("resumed"), rows,
                rs.getLong("pass_rows"), (Long) rs.getObject("estimated_total", Long.class), rs.getInt("batches"),
                rs.getLong("byte_count"), rows == 0 ? 0 : Math.round(rows / seconds * 10) / 10.0,
                rs.getString("code"), rs.getString("executed_by"));
    }
}
