package org.govdx.sharing.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.govdx.sharing.AccessMode;
import org.govdx.sharing.ApplicationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Persistence of applications. State changes are conditional updates on the expected status. */
@Component
class ApplicationStore {

    private static final String SELECT = """
            SELECT a.*, g.id AS grant_id FROM sharing_application a
            LEFT JOIN sharing_grant g ON g.application_id = a.id""";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final JdbcClient jdbc;
    private final SharingJson json;

    ApplicationStore(JdbcClient jdbc, SharingJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Inserts a new application and gives it its number {@code SQ<yyyyMMdd>-<seq>}. */
    ApplicationRow insert(NewApplication a, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO sharing_application (entry_id, entry_code, entry_name, entry_version, share_type,
                    provider_org_id, provider_org_code, consumer_org_id, consumer_org_code, applicant, app_id, items,
                    justifications, purpose, scenario, legal_basis, access_modes, valid_until, demand_id, status,
                    clock_start, deadline, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(a.entryId(), a.entryCode(), a.entryName(), a.entryVersion(), a.shareType(),
                        a.providerOrgId(), a.providerOrgCode(), a.consumerOrgId(), a.consumerOrgCode(),
                        a.applicant(), a.appId(), SharingJson.codes(a.items()), json.map(a.justifications()),
                        a.purpose(), a.scenario(), a.legalBasis(), SharingJson.codes(a.accessModes()),
                        Date.valueOf(a.validUntil()), a.demandId(), a.status().name(), Date.valueOf(a.clockStart()),
                        a.deadline() == null ? null : Date.valueOf(a.deadline()), Timestamp.from(now),
                        Timestamp.from(now))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        String number = "SQ" + a.clockStart().format(DAY) + "-" + String.format("%06d", id % 1_000_000);
        jdbc.sql("UPDATE sharing_application SET number = ? WHERE id = ?").params(number, id).update();
        return find(id).orElseThrow();
    }

    Optional<ApplicationRow> find(long id) {
        return jdbc.sql(SELECT + " WHERE a.id = ?").param(id).query(this::map).optional();
    }

    /**
     * Moves the application from {@code expected} to {@code next} with the given column values; false
     * when another request changed its status first (exactly one decision wins).
     */
    boolean transition(long id, ApplicationStatus expected, ApplicationStatus next, String assignments,
                       Instant now, Object... values) {
        List<Object> params = new ArrayList<>();
        params.add(next.name());
        params.add(Timestamp.from(now));
        for (Object v : values) {
            params.add(v instanceof LocalDate d ? Date.valueOf(d) : v instanceof Instant i ? Timestamp.from(i) : v);
        }
        params.add(id);
        params.add(expected.name());
        String set = assignments == null || assignments.isBlank() ? "" : ", " + assignments;
        return jdbc.sql("UPDATE sharing_application SET status = ?, updated_at = ?" + set
                        + " WHERE id = ? AND status = ?")
                .params(params).update() == 1;
    }

    /**
     * Sets columns without a status change (extension, notification flags) when the condition holds; the
     * values are those of the assignments followed by those of the condition.
     */
    boolean update(long id, String assignments, String condition, Object... values) {
        List<Object> params = new ArrayList<>();
        for (Object v : values) {
            params.add(v instanceof LocalDate d ? Date.valueOf(d) : v instanceof Instant i ? Timestamp.from(i) : v);
        }
        params.add(id);
        // parameters: those of the assignments, then those of the condition, then the id
        return jdbc.sql("UPDATE sharing_application SET " + assignments + " WHERE "
                        + (condition == null ? "" : "(" + condition + ") AND ") + "id = ?")
                .params(params).update() == 1;
    }

    /** A page of applications matching the condition, newest first. */
    PageResponse<ApplicationRow> page(String where, List<Object> params, PageRequest page) {
        long total = jdbc.sql("SELECT COUNT(*) FROM sharing_application a WHERE " + where).params(params)
                .query(Long.class).single();
        List<Object> all = new ArrayList<>(params);
        all.add(page.size());
        all.add(page.offset());
        List<ApplicationRow> rows = jdbc.sql(SELECT + " WHERE " + where + " ORDER BY a.id DESC LIMIT ? OFFSET ?")
                .params(all).query(this::map).list();
        return new PageResponse<>(rows, page.page(), page.size(), total);
    }

    /** Every application matching the condition (bounded lists: queues, sweeps). */
    List<ApplicationRow> list(String where, Object... params) {
        return jdbc.sql(SELECT + " WHERE " + where + " ORDER BY a.deadline, a.id").params(List.of(params))
                .query(this::map).list();
    }

    long count(String where, Object... params) {
        return jdbc.sql("SELECT COUNT(*) FROM sharing_application a WHERE " + where).params(List.of(params))
                .query(Long.class).single();
    }

    private ApplicationRow map(ResultSet rs, int n) throws SQLException {
        return new ApplicationRow(rs.getLong("id"), rs.getString("number"), rs.getLong("entry_id"),
                rs.getString("entry_code"), rs.getString("entry_name"), rs.getInt("entry_version"),
                rs.getString("share_type"), rs.getLong("provider_org_id"), rs.getString("provider_org_code"),
                rs.getLong("consumer_org_id"), rs.getString("consumer_org_code"), rs.getString("applicant"),
                rs.getLong("app_id"), SharingJson.codes(rs.getString("items")), json.map(rs.getString("justifications")),
                rs.getString("purpose"), rs.getString("scenario"), rs.getString("legal_basis"),
                modes(rs.getString("access_modes")), day(rs, "valid_until"), (Long) rs.getObject("demand_id", Long.class),
                ApplicationStatus.valueOf(rs.getString("status")), day(rs, "clock_start"), day(rs, "deadline"),
                (Integer) rs.getObject("extension_days", Integer.class), rs.getString("extension_reason"),
                rs.getString("extension_status"), json.list(rs.getString("returned_points")),
                rs.getString("returned_by"), rs.getString("decided_by"), instant(rs, "decided_at"),
                rs.getString("decision_comment"), rs.getString("reject_reason"), rs.getBoolean("overdue_notified"),
                rs.getBoolean("reminder_notified"), instant(rs, "created_at"),
                (Long) rs.getObject("grant_id", Long.class));
    }

    static List<AccessMode> modes(String text) {
        return SharingJson.codes(text).stream().map(AccessMode::valueOf).toList();
    }

    static LocalDate day(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
