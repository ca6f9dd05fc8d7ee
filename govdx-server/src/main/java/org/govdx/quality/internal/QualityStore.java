package org.govdx.quality.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govdx.quality.QualityDimension;
import org.govdx.quality.QualityScores;
import org.govdx.quality.RuleResult;
import org.govdx.quality.RuleType;
import org.govdx.quality.ScanStatus;
import org.govdx.quality.Severity;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Persistence of rules, scans, their results, and the per-entry schedule and claim. */
@Component
class QualityStore {

    /** A stored scan row. */
    record ScanRow(long id, long entryId, long orgId, ScanStatus status, String trigger, String requestedBy,
                   Instant startedAt, Instant finishedAt, int timeLimitSeconds, Long rowCount, String failureCode,
                   String failureArg, QualityScores scores, Long elapsedMs) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    QualityStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    // ---- rules

    long insertRule(RuleDef r) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO quality_rule (entry_id, org_id, rule_type, item_code, params, dimension, severity, threshold,
                    enabled, prefilled, updated_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.entryId(), r.orgId(), r.type().name(), r.itemCode(), write(r.params()), r.dimension().name(),
                        r.severity().name(), r.threshold(), r.enabled(), r.prefilled(), r.updatedBy(),
                        Timestamp.from(r.createdAt()), Timestamp.from(r.updatedAt()))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    void updateRule(RuleDef r) {
        jdbc.sql("""
                UPDATE quality_rule SET item_code = ?, params = ?, dimension = ?, severity = ?, threshold = ?, enabled = ?,
                    updated_by = ?, updated_at = ? WHERE id = ?""")
                .params(r.itemCode(), write(r.params()), r.dimension().name(), r.severity().name(), r.threshold(),
                        r.enabled(), r.updatedBy(), Timestamp.from(r.updatedAt()), r.id())
                .update();
    }

    void deleteRule(long id) {
        jdbc.sql("DELETE FROM quality_rule WHERE id = ?").param(id).update();
    }

    Optional<RuleDef> rule(long id) {
        return jdbc.sql("SELECT * FROM quality_rule WHERE id = ?").param(id).query(this::mapRule).optional();
    }

    List<RuleDef> rulesOf(long entryId) {
        return jdbc.sql("SELECT * FROM quality_rule WHERE entry_id = ? ORDER BY id").param(entryId)
                .query(this::mapRule).list();
    }

    /** Entries that have at least one enabled rule. */
    List<Long> entriesWithRules() {
        return jdbc.sql("SELECT DISTINCT entry_id FROM quality_rule WHERE enabled = TRUE").query(Long.class).list();
    }

    private RuleDef mapRule(ResultSet rs, int n) throws SQLException {
        return new RuleDef(rs.getLong("id"), rs.getLong("entry_id"), rs.getLong("org_id"),
                RuleType.valueOf(rs.getString("rule_type")), rs.getString("item_code"), readMap(rs.getString("params")),
                QualityDimension.valueOf(rs.getString("dimension")), Severity.valueOf(rs.getString("severity")),
                rs.getDouble("threshold"), rs.getBoolean("enabled"), rs.getBoolean("prefilled"),
                rs.getString("updated_by"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    // ---- the per-entry claim and schedule

    /** Makes sure the entry has its state row (a concurrent insert by another instance is fine). */
    void ensureState(long entryId, Instant nextDue) {
        if (jdbc.sql("SELECT COUNT(*) FROM quality_entry_state WHERE entry_id = ?").param(entryId).query(Long.class)
                .single() > 0) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO quality_entry_state (entry_id, next_due) VALUES (?, ?)")
                    .params(entryId, nextDue == null ? null : Timestamp.from(nextDue)).update();
        } catch (DuplicateKeyException e) {
            // another instance created it first
        }
    }

    /** Claims the entry for a scan: true only when no other scan holds an unexpired lease. */
    boolean claim(long entryId, long scanId, Instant now, Instant leaseUntil) {
        return jdbc.sql("""
                UPDATE quality_entry_state SET running_scan_id = ?, lease_until = ?
                WHERE entry_id = ? AND (running_scan_id IS NULL OR lease_until < ?)""")
                .params(scanId, Timestamp.from(leaseUntil), entryId, Timestamp.from(now)).update() == 1;
    }

    void release(long entryId, long scanId, Instant nextDue) {
        jdbc.sql("""
                UPDATE quality_entry_state SET running_scan_id = NULL, lease_until = NULL, next_due = ?
                WHERE entry_id = ? AND running_scan_id = ?""")
                .params(Timestamp.from(nextDue), entryId, scanId).update();
    }

    Optional<Long> runningScan(long entryId, Instant now) {
        return jdbc.sql("SELECT running_scan_id FROM quality_entry_state WHERE entry_id = ? AND running_scan_id IS NOT NULL"
                        + " AND lease_until >= ?")
                .params(entryId, Timestamp.from(now)).query(Long.class).optional();
    }

    /** Entries whose next scan is due. */
    List<Long> dueEntries(Instant now) {
        return jdbc.sql("SELECT entry_id FROM quality_entry_state WHERE next_due <= ? AND (running_scan_id IS NULL"
                        + " OR lease_until < ?) ORDER BY next_due")
                .params(Timestamp.from(now), Timestamp.from(now)).query(Long.class).list();
    }

    /** Moves the due time of an entry forward: the conditional update is the claim among instances. */
    boolean postpone(long entryId, Instant expectedDue, Instant nextDue) {
        return jdbc.sql("UPDATE quality_entry_state SET next_due = ? WHERE entry_id = ? AND next_due <= ?")
                .params(Timestamp.from(nextDue), entryId, Timestamp.from(expectedDue)).update() == 1;
    }

    void scheduleAt(long entryId, Instant due) {
        ensureState(entryId, due);
        jdbc.sql("UPDATE quality_entry_state SET next_due = ? WHERE entry_id = ?")
                .params(Timestamp.from(due), entryId).update();
    }

    // ---- scans

    long insertScan(long entryId, long orgId, String trigger, String requestedBy, Instant now, int limitSeconds) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO quality_scan (entry_id, org_id, status, trigger_kind, requested_by, started_at, time_limit_s)
                VALUES (?, ?, 'RUNNING', ?, ?, ?, ?)""")
                .params(entryId, orgId, trigger, requestedBy, Timestamp.from(now), limitSeconds)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    void deleteScan(long id) {
        jdbc.sql("DELETE FROM quality_scan WHERE id = ?").param(id).update();
    }

    boolean succeed(long id, long rows, QualityScores s, Instant now, long elapsedMs) {
        return jdbc.sql("""
                UPDATE quality_scan SET status = 'SUCCEEDED', row_count = ?, completeness = ?, accuracy = ?,
                    availability = ?, timeliness = ?, overall = ?, finished_at = ?, elapsed_ms = ?
                WHERE id = ? AND status = 'RUNNING'""")
                .params(rows, s.completeness(), s.accuracy(), s.availability(), s.timeliness(), s.overall(),
                        Timestamp.from(now), elapsedMs, id)
                .update() == 1;
    }

    boolean fail(long id, String code, String arg, Instant now, long elapsedMs) {
        return jdbc.sql("""
                UPDATE quality_scan SET status = 'FAILED', failure_code = ?, failure_arg = ?, finished_at = ?, elapsed_ms = ?
                WHERE id = ? AND status = 'RUNNING'""")
                .params(code, arg, Timestamp.from(now), elapsedMs, id).update() == 1;
    }

    /** Scans left RUNNING by an instance that stopped: their lease ran out. */
    List<Long> abandonedScans(Instant now, Instant startedBefore) {
        return jdbc.sql("SELECT id FROM quality_scan WHERE status = 'RUNNING' AND started_at < ?")
                .param(Timestamp.from(startedBefore)).query(Long.class).list();
    }

    Optional<ScanRow> scan(long id) {
        return jdbc.sql("SELECT * FROM quality_scan WHERE id = ?").param(id).query(QualityStore::mapScan).optional();
    }

    List<ScanRow> scans(String where, List<Object> params, int limit, long offset) {
        List<Object> all = new ArrayList<>(params);
        all.add(limit);
        all.add(offset);
        return jdbc.sql("SELECT * FROM quality_scan WHERE " + where + " ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?")
                .params(all).query(QualityStore::mapScan).list();
    }

    long countScans(String where, List<Object> params) {
        return jdbc.sql("SELECT COUNT(*) FROM quality_scan WHERE " + where).params(params).query(Long.class).single();
    }

    /** The last successful scan of each entry (of one org, or all). */
    List<ScanRow> latestSucceeded(Long orgId) {
        List<Object> params = new ArrayList<>();
        String org = "";
        if (orgId != null) {
            org = " AND s.org_id = ?";
            params.add(orgId);
        }
        return jdbc.sql("SELECT s.* FROM quality_scan s WHERE s.status = 'SUCCEEDED'" + org
                        + " AND s.id = (SELECT MAX(t.id) FROM quality_scan t WHERE t.entry_id = s.entry_id"
                        + " AND t.status = 'SUCCEEDED') ORDER BY s.entry_id")
                .params(params).query(QualityStore::mapScan).list();
    }

    /** Checks of the source in a period: {succeeded, failed because of the source}. */
    long[] checks(long entryId, Instant since) {
        return jdbc.sql("""
                SELECT SUM(CASE WHEN status = 'SUCCEEDED' THEN 1 ELSE 0 END),
                       SUM(CASE WHEN status = 'FAILED' AND failure_code LIKE 'SOURCE_%' THEN 1 ELSE 0 END)
                FROM quality_scan WHERE entry_id = ? AND started_at >= ?""")
                .params(entryId, Timestamp.from(since))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    private static ScanRow mapScan(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        long rows = rs.getLong("row_count");
        Long rowCount = rs.wasNull() ? null : rows;
        long elapsed = rs.getLong("elapsed_ms");
        Long elapsedMs = rs.wasNull() ? null : elapsed;
        ScanStatus status = ScanStatus.valueOf(rs.getString("status"));
        QualityScores scores = status == ScanStatus.SUCCEEDED ? new QualityScores(dbl(rs, "completeness"),
                dbl(rs, "accuracy"), dbl(rs, "availability"), dbl(rs, "timeliness"), dbl(rs, "overall")) : null;
        return new ScanRow(rs.getLong("id"), rs.getLong("entry_id"), rs.getLong("org_id"), status,
                rs.getString("trigger_kind"), rs.getString("requested_by"), rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant(), rs.getInt("time_limit_s"), rowCount,
                rs.getString("failure_code"), rs.getString("failure_arg"), scores, elapsedMs);
    }

    private static Double dbl(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    // ---- results

    void insertResults(long scanId, List<RuleResult> results) {
        for (RuleResult r : results) {
            String samples = write(r.samples());
            if (samples.length() > 190_000) {
                samples = write(r.samples().subList(0, Math.min(10, r.samples().size())));
            }
            jdbc.sql("""
                    INSERT INTO quality_result (scan_id, rule_id, rule_type, item_code, dimension, severity, threshold,
                        checked_rows, ratio, failed_rows, passed, detail, samples) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(scanId, r.ruleId(), r.ruleType().name(), r.itemCode(), r.dimension().name(),
                            r.severity().name(), r.threshold(), r.checkedRows(), r.ratio(), r.failedRows(), r.passed(),
                            write(r.detail()), samples)
                    .update();
        }
    }

    List<RuleResult> results(long scanId) {
        return jdbc.sql("SELECT * FROM quality_result WHERE scan_id = ? ORDER BY id").param(scanId)
                .query((rs, n) -> new RuleResult(rs.getLong("rule_id"), RuleType.valueOf(rs.getString("rule_type")),
                        rs.getString("item_code"), QualityDimension.valueOf(rs.getString("dimension")),
                        Severity.valueOf(rs.getString("severity")), rs.getDouble("threshold"),
                        rs.getLong("checked_rows"), rs.getLong("failed_rows"), rs.getDouble("ratio"),
                        rs.getBoolean("passed"), readMap(rs.getString("detail")), readList(rs.getString("samples"))))
                .list();
    }

    // ---- JSON

    String write(Object value) {
        return json.writeValueAsString(value == null ? Map.of() : value);
    }

    Map<String, Object> readMap(String text) {
        if (text == null || text.isBlank()) {
            return new LinkedHashMap<>();
        }
        return json.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() { });
    }

    List<Map<String, Object>> readList(String text) {
        if (text == null || text.isBlank() || text.equals("{}")) {
            return List.of();
        }
        return json.readValue(text, new TypeReference<List<Map<String, Object>>>() { });
    }
}
