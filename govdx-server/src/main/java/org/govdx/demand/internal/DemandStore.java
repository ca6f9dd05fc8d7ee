package org.govdx.demand.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.govdx.demand.DemandRequest;
import org.govdx.demand.DemandStatus;
import org.govdx.demand.SatisfactionRate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Persistence of demands; transitions are conditional updates on the expected status. */
@Component
class DemandStore {

    private final JdbcClient jdbc;

    DemandStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(DemandRequest r, List<String> items, String urgency, long orgId, String orgCode, String requester,
                Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO demand (title, description, desired_items, purpose, scenario, legal_basis, urgency,
                    requester_org_id, requester_org_code, requester, status, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
                .params(r.title().trim(), r.description().trim(), String.join("\n", items), r.purpose().trim(),
                        trim(r.scenario()), trim(r.legalBasis()), urgency, orgId, orgCode, requester,
                        Timestamp.from(now), Timestamp.from(now))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    Optional<DemandRow> find(long id) {
        return jdbc.sql("SELECT * FROM demand WHERE id = ?").param(id).query(DemandStore::map).optional();
    }

    /** Moves from one of {@code expected} to {@code next}, setting the columns; false when the status changed. */
    boolean transition(long id, List<DemandStatus> expected, DemandStatus next, String assignments, Instant now,
                       Object... values) {
        List<Object> params = new ArrayList<>();
        params.add(next.name());
        params.add(Timestamp.from(now));
        for (Object v : values) {
            params.add(v instanceof LocalDate d ? Date.valueOf(d) : v instanceof Instant i ? Timestamp.from(i) : v);
        }
        params.add(id);
        params.addAll(expected.stream().map(Enum::name).toList());
        String in = String.join(",", expected.stream().map(x -> "?").toList());
        String set = assignments == null || assignments.isBlank() ? "" : ", " + assignments;
        return jdbc.sql("UPDATE demand SET status = ?, updated_at = ?" + set + " WHERE id = ? AND status IN (" + in
                + ")").params(params).update() == 1;
    }

    void linkApplication(long id, long applicationId, String number, long entryId) {
        jdbc.sql("UPDATE demand SET application_id = ?, application_number = ?, linked_entry_id = COALESCE("
                        + "linked_entry_id, ?) WHERE id = ?")
                .params(applicationId, number, entryId, id).update();
    }

    PageResponse<DemandRow> page(String where, List<Object> params, PageRequest page) {
        long total = jdbc.sql("SELECT COUNT(*) FROM demand WHERE " + where).params(params).query(Long.class).single();
        List<Object> all = new ArrayList<>(params);
        all.add(page.size());
        all.add(page.offset());
        return new PageResponse<>(jdbc.sql("SELECT * FROM demand WHERE " + where + " ORDER BY id DESC LIMIT ? OFFSET ?")
                .params(all).query(DemandStore::map).list(), page.page(), page.size(), total);
    }

    List<DemandRow> list(String where, Object... params) {
        return jdbc.sql("SELECT * FROM demand WHERE " + where + " ORDER BY id").params(List.of(params))
                .query(DemandStore::map).list();
    }

    /** Per provider org: demands ever assigned (assigned_at set) and those fulfilled. */
    List<SatisfactionRate> satisfaction() {
        return jdbc.sql("""
                SELECT provider_org_id, COUNT(*) AS assigned,
                       SUM(CASE WHEN fulfilled_at IS NOT NULL THEN 1 ELSE 0 END) AS fulfilled
                FROM demand WHERE provider_org_id IS NOT NULL AND assigned_at IS NOT NULL
                GROUP BY provider_org_id ORDER BY provider_org_id""")
                .query((rs, n) -> {
                    long assigned = rs.getLong("assigned");
                    long fulfilled = rs.getLong("fulfilled");
                    return new SatisfactionRate(rs.getLong("provider_org_id"), assigned, fulfilled,
                            assigned == 0 ? 0 : (double) fulfilled / assigned);
                })
                .list();
    }

    private static DemandRow map(ResultSet rs, int n) throws SQLException {
        String items = rs.getString("desired_items");
        return new DemandRow(rs.getLong("id"), rs.getString("title"), rs.getString("description"),
                items == null || items.isBlank() ? List.of() : Arrays.asList(items.split("\n")),
                rs.getString("purpose"), rs.getString("scenario"), rs.getString("legal_basis"),
                rs.getString("urgency"), rs.getLong("requester_org_id"), rs.getString("requester_org_code"),
                rs.getString("requester"), rs.getObject("provider_org_id", Long.class),
                DemandStatus.valueOf(rs.getString("status")), day(rs, "answer_due"), day(rs, "commit_date"),
                rs.getObject("linked_entry_id", Long.class), rs.getString("refuse_reason"),
                rs.getString("refuse_legal_basis"), rs.getString("escalation_reason"), rs.getString("outcome"),
                rs.getObject("application_id", Long.class), rs.getString("application_number"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    private static LocalDate day(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
