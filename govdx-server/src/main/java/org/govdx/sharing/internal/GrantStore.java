package org.govdx.sharing.internal;

import static org.govdx.sharing.internal.ApplicationStore.day;
import static org.govdx.sharing.internal.ApplicationStore.instant;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.govdx.sharing.AccessMode;
import org.govdx.sharing.DisposalRecord;
import org.govdx.sharing.GrantStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Persistence of grants and their disposal records. */
@Component
class GrantStore {

    private static final String SELECT = """
            SELECT g.*, d.status AS disposal_status FROM sharing_grant g
            LEFT JOIN sharing_disposal d ON d.grant_id = g.id""";

    private final JdbcClient jdbc;
    private final SharingJson json;

    GrantStore(JdbcClient jdbc, SharingJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long insert(ApplicationRow a, int entryVersion, List<String> items, Map<String, String> rowFilter,
                List<AccessMode> modes, Integer rate, LocalDate validFrom, LocalDate validUntil, boolean narrowed,
                String comment, LocalDate supplyDeadline, List<String> plainItems, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO sharing_grant (application_id, entry_id, entry_version, provider_org_id, consumer_org_id,
                    app_id, items, row_filter, access_modes, rate_limit_per_minute, valid_from, valid_until, status,
                    narrowed, comment, supply_deadline, created_at, plain_items)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?)""")
                .params(a.id(), a.entryId(), entryVersion, a.providerOrgId(), a.consumerOrgId(), a.appId(),
                        SharingJson.codes(items), json.map(rowFilter), SharingJson.codes(modes), rate,
                        Date.valueOf(validFrom), Date.valueOf(validUntil), narrowed, comment,
                        supplyDeadline == null ? null : Date.valueOf(supplyDeadline), Timestamp.from(now),
                        plainItems == null || plainItems.isEmpty() ? null : SharingJson.codes(plainItems))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    Optional<GrantRow> find(long id) {
        return jdbc.sql(SELECT + " WHERE g.id = ?").param(id).query(this::map).optional();
    }

    /** Ends an active grant; false when it was no longer active. */
    boolean end(long id, GrantStatus status, String by, String reason, Instant now) {
        return jdbc.sql("""
                UPDATE sharing_grant SET status = ?, ended_at = ?, ended_by = ?, end_reason = ?
                WHERE id = ? AND status = 'ACTIVE'""")
                .params(status.name(), Timestamp.from(now), by, reason, id).update() == 1;
    }

    boolean markExpiryNotified(long id) {
        return jdbc.sql("UPDATE sharing_grant SET expiry_notified = TRUE WHERE id = ? AND expiry_notified = FALSE")
                .param(id).update() == 1;
    }

    /** The active grants of an app on an entry, valid today. */
    List<GrantRow> activeFor(long appId, long entryId, LocalDate today) {
        return jdbc.sql(SELECT + " WHERE g.app_id = ? AND g.entry_id = ? AND g.status = 'ACTIVE'"
                        + " AND g.valid_from <= ? AND g.valid_until >= ? ORDER BY g.id DESC")
                .params(appId, entryId, Date.valueOf(today), Date.valueOf(today)).query(this::map).list();
    }

    PageResponse<GrantRow> page(String where, List<Object> params, PageRequest page) {
        long total = jdbc.sql("SELECT COUNT(*) FROM sharing_grant g WHERE " + where).params(params)
                .query(Long.class).single();
        List<Object> all = new ArrayList<>(params);
        all.add(page.size());
        all.add(page.offset());
        List<GrantRow> rows = jdbc.sql(SELECT + " WHERE " + where + " ORDER BY g.id DESC LIMIT ? OFFSET ?")
                .params(all).query(this::map).list();
        return new PageResponse<>(rows, page.page(), page.size(), total);
    }

    List<GrantRow> list(String where, Object... params) {
        List<Object> values = new ArrayList<>();
        for (Object p : params) {
            values.add(p instanceof LocalDate d ? Date.valueOf(d) : p);
        }
        return jdbc.sql(SELECT + " WHERE " + where + " ORDER BY g.id").params(values).query(this::map).list();
    }

    void insertDisposal(long grantId, long orgId, Instant due, LocalDate keepUntil) {
        jdbc.sql("""
                INSERT INTO sharing_disposal (grant_id, org_id, status, due_at, keep_until)
                VALUES (?, ?, 'DUE', ?, ?)""")
                .params(grantId, orgId, Timestamp.from(due), Date.valueOf(keepUntil)).update();
    }

    boolean recordDisposal(long grantId, String method, LocalDate disposedOn, String by, Instant now) {
        return jdbc.sql("""
                UPDATE sharing_disposal SET status = 'RECORDED', method = ?, disposed_on = ?, recorded_by = ?,
                    recorded_at = ? WHERE grant_id = ? AND status = 'DUE'""")
                .params(method, Date.valueOf(disposedOn), by, Timestamp.from(now), grantId).update() == 1;
    }

    Optional<DisposalRecord> disposal(long grantId) {
        return jdbc.sql("SELECT * FROM sharing_disposal WHERE grant_id = ?").param(grantId)
                .query((rs, n) -> new DisposalRecord(rs.getLong("id"), rs.getLong("grant_id"), rs.getLong("org_id"),
                        rs.getString("status"), rs.getString("method"), day(rs, "disposed_on"),
                        rs.getString("recorded_by"), instant(rs, "recorded_at"), instant(rs, "due_at"),
                        day(rs, "keep_until")))
                .optional();
    }

    private GrantRow map(ResultSet rs, int n) throws SQLException {
        return new GrantRow(rs.getLong("id"), rs.getLong("application_id"), rs.getLong("entry_id"),
                rs.getInt("entry_version"), rs.getLong("provider_org_id"), rs.getLong("consumer_org_id"),
                rs.getLong("app_id"), SharingJson.codes(rs.getString("items")), json.map(rs.getString("row_filter")),
                ApplicationStore.modes(rs.getString("access_modes")),
                (Integer) rs.getObject("rate_limit_per_minute", Integer.class), day(rs, "valid_from"),
                day(rs, "valid_until"), GrantStatus.valueOf(rs.getString("status")), rs.getBoolean("narrowed"),
                rs.getString("comment"), day(rs, "supply_deadline"), rs.getBoolean("expiry_notified"),
                instant(rs, "ended_at"), rs.getString("ended_by"), rs.getString("end_reason"),
                instant(rs, "created_at"), rs.getString("disposal_status"),
                rs.getString("plain_items") == null ? List.of() : SharingJson.codes(rs.getString("plain_items")));
    }
}
