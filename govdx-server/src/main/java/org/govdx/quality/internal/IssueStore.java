package org.govdx.quality.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.govdx.quality.IssueHistoryView;
import org.govdx.quality.IssueStatus;
import org.govdx.quality.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Persistence of issues and their history; transitions are conditional updates on the expected status. */
@Component
class IssueStore {

    private final JdbcClient jdbc;

    IssueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(IssueRow r) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO quality_issue (entry_id, org_id, origin, rule_id, open_rule_id, status, severity, item_code,
                    record_key, request_id, description, reporter, reporter_org_id, failed_rows, last_scan_id, due_date,
                    created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.entryId(), r.orgId(), r.origin(), r.ruleId(), IssueRow.RULE.equals(r.origin()) ? r.ruleId() : null,
                        r.status().name(), r.severity().name(), r.itemCode(), r.recordKey(), r.requestId(),
                        r.description(), r.reporter(), r.reporterOrgId(), r.failedRows(), r.lastScanId(),
                        Date.valueOf(r.dueDate()), Timestamp.from(r.createdAt()), Timestamp.from(r.updatedAt()))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    Optional<IssueRow> find(long id) {
        return jdbc.sql("SELECT * FROM quality_issue WHERE id = ?").param(id).query(IssueStore::map).optional();
    }

    Optional<IssueRow> openForRule(long ruleId) {
        return jdbc.sql("SELECT * FROM quality_issue WHERE open_rule_id = ?").param(ruleId).query(IssueStore::map)
                .optional();
    }

    /** A later scan found the rule still failing. */
    void refresh(long id, long failedRows, long scanId, Instant now) {
        jdbc.sql("UPDATE quality_issue SET failed_rows = ?, last_scan_id = ?, updated_at = ? WHERE id = ?")
                .params(failedRows, scanId, Timestamp.from(now), id).update();
    }

    /** Moves the issue from {@code from} to {@code to}; false when its status changed meanwhile. */
    boolean transition(long id, IssueStatus from, IssueStatus to, Instant now, String resolution, String rejectReason,
                       LocalDate newDue) {
        boolean closed = to == IssueStatus.CLOSED;
        return jdbc.sql("""
                UPDATE quality_issue SET status = ?, updated_at = ?,
                    acknowledged_at = CASE WHEN acknowledged_at IS NULL AND ? THEN ? ELSE acknowledged_at END,
                    corrected_at = CASE WHEN ? THEN ? ELSE corrected_at END,
                    closed_at = CASE WHEN ? THEN ? ELSE closed_at END,
                    open_rule_id = CASE WHEN ? THEN NULL ELSE open_rule_id END,
                    resolution = COALESCE(?, resolution), reject_reason = COALESCE(?, reject_reason),
                    due_date = COALESCE(?, due_date)
                WHERE id = ? AND status = ?""")
                .params(to.name(), Timestamp.from(now),
                        to == IssueStatus.ACKNOWLEDGED || to == IssueStatus.INVESTIGATING || to == IssueStatus.CORRECTED
                                || to == IssueStatus.REJECTED, Timestamp.from(now),
                        to == IssueStatus.CORRECTED, Timestamp.from(now),
                        closed, Timestamp.from(now), closed,
                        resolution, rejectReason, newDue == null ? null : Date.valueOf(newDue), id, from.name())
                .update() == 1;
    }

    void history(long issueId, String transition, IssueStatus from, IssueStatus to, String actor, Long actorOrgId,
                 String comment, Instant now) {
        jdbc.sql("""
                INSERT INTO quality_issue_event (issue_id, transition, from_status, to_status, actor, actor_org_id, comment,
                    occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(issueId, transition, from == null ? null : from.name(), to.name(), actor, actorOrgId, comment,
                        Timestamp.from(now))
                .update();
    }

    List<IssueHistoryView> historyOf(long issueId) {
        return jdbc.sql("SELECT * FROM quality_issue_event WHERE issue_id = ? ORDER BY id").param(issueId)
                .query((rs, n) -> new IssueHistoryView(rs.getString("transition"),
                        rs.getString("from_status") == null ? null : IssueStatus.valueOf(rs.getString("from_status")),
                        IssueStatus.valueOf(rs.getString("to_status")), rs.getString("actor"), rs.getString("comment"),
                        rs.getTimestamp("occurred_at").toInstant()))
                .list();
    }

    List<IssueRow> list(String where, List<Object> params, int limit, long offset) {
        List<Object> all = new ArrayList<>(params);
        all.add(limit);
        all.add(offset);
        return jdbc.sql("SELECT * FROM quality_issue WHERE " + where + " ORDER BY updated_at DESC, id DESC LIMIT ? OFFSET ?")
                .params(all).query(IssueStore::map).list();
    }

    long count(String where, List<Object> params) {
        return jdbc.sql("SELECT COUNT(*) FROM quality_issue WHERE " + where).params(params).query(Long.class).single();
    }

    /** Issues past due while the provider still owes an answer. */
    List<IssueRow> overdue(LocalDate today) {
        return jdbc.sql("SELECT * FROM quality_issue WHERE due_date < ? AND status IN ('REPORTED', 'ACKNOWLEDGED',"
                        + " 'INVESTIGATING') ORDER BY due_date")
                .param(Date.valueOf(today)).query(IssueStore::map).list();
    }

    List<IssueRow> all() {
        return jdbc.sql("SELECT * FROM quality_issue").query(IssueStore::map).list();
    }

    private static IssueRow map(ResultSet rs, int n) throws SQLException {
        long rule = rs.getLong("rule_id");
        Long ruleId = rs.wasNull() ? null : rule;
        long rorg = rs.getLong("reporter_org_id");
        Long reporterOrg = rs.wasNull() ? null : rorg;
        long failed = rs.getLong("failed_rows");
        Long failedRows = rs.wasNull() ? null : failed;
        long scan = rs.getLong("last_scan_id");
        Long scanId = rs.wasNull() ? null : scan;
        return new IssueRow(rs.getLong("id"), rs.getLong("entry_id"), rs.getLong("org_id"), rs.getString("origin"),
                ruleId, IssueStatus.valueOf(rs.getString("status")), Severity.valueOf(rs.getString("severity")),
                rs.getString("item_code"), rs.getString("record_key"), rs.getString("request_id"),
                rs.getString("description"), rs.getString("reporter"), reporterOrg, failedRows, scanId,
                rs.getDate("due_date").toLocalDate(), rs.getString("resolution"), rs.getString("reject_reason"),
                instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "acknowledged_at"),
                instant(rs, "corrected_at"), instant(rs, "closed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
