package org.govdx.exchange.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.govdx.exchange.UsageOperation;
import org.govdx.exchange.UsageStats;
import org.govdx.exchange.UsageView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The {@code exchange_usage} table. */
@Component
class UsageStore {

    private final JdbcClient jdbc;

    UsageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(UsageDraft d, long latencyMs) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO exchange_usage (request_id, occurred_at, operation, app_id, app_key, consumer_org_id,
                    consumer_org_code, provider_org_id, entry_id, resource_code, grant_id, sync_job_id, end_user, items,
                    filter_text, row_count, byte_count, status, code, latency_ms, client_ip, content_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.requestId, Timestamp.from(d.at), d.operation.name(), d.appId, d.appKey, d.consumerOrgId,
                        d.consumerOrgCode, d.providerOrgId, d.entryId, d.resourceCode, d.grantId, d.syncJobId,
                        cut(d.endUser, 200), d.items == null ? null : cut(String.join(",", d.items), 4000),
                        cut(d.filter, 4000), d.rows, d.bytes, d.status, d.code, latencyMs, d.clientIp,
                        d.contentHash)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** Completes a streamed export's record with what was delivered. */
    void complete(String requestId, long rows, long bytes, int status, String code, long latencyMs) {
        jdbc.sql("""
                UPDATE exchange_usage SET row_count = ?, byte_count = ?, status = ?, code = ?, latency_ms = ?
                WHERE request_id = ?""")
                .params(rows, bytes, status, code, latencyMs, requestId).update();
    }

    Optional<UsageView> find(String requestId) {
        return jdbc.sql("SELECT * FROM exchange_usage WHERE request_id = ?").param(requestId).query(this::map)
                .optional();
    }

    List<UsageView> ofGrant(long grantId, int limit) {
        return jdbc.sql("SELECT * FROM exchange_usage WHERE grant_id = ? ORDER BY id DESC LIMIT ?")
                .params(grantId, limit).query(this::map).list();
    }

    PageResponse<UsageView> page(String where, List<Object> params, PageRequest page) {
        long total = jdbc.sql("SELECT COUNT(*) FROM exchange_usage u WHERE " + where).params(params)
                .query(Long.class).single();
        List<Object> all = new ArrayList<>(params);
        all.add(page.size());
        all.add(page.offset());
        List<UsageView> rows = jdbc.sql("SELECT * FROM exchange_usage u WHERE " + where
                        + " ORDER BY u.id DESC LIMIT ? OFFSET ?").params(all).query(this::map).list();
        return new PageResponse<>(rows, page.page(), page.size(), total);
    }

    UsageStats stats(long entryId, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT COUNT(*) AS calls,
                       COALESCE(SUM(CASE WHEN status BETWEEN 200 AND 299 THEN 1 ELSE 0 END), 0) AS served,
                       COALESCE(SUM(CASE WHEN status IN (502, 504) THEN 1 ELSE 0 END), 0) AS failed
                FROM exchange_usage WHERE entry_id = ? AND occurred_at >= ? AND occurred_at < ?
                  AND operation <> 'SYNC_BATCH'""")
                .params(entryId, Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new UsageStats(rs.getLong("calls"), rs.getLong("served"), rs.getLong("failed")))
                .single();
    }

    List<UsageSummary> summary(String where, List<Object> params, int limit) {
        List<Object> all = new ArrayList<>(params);
        all.add(limit);
        return jdbc.sql("""
                SELECT u.entry_id, u.resource_code, u.consumer_org_code, COUNT(*) AS calls,
                       SUM(CASE WHEN u.status BETWEEN 200 AND 299 THEN 1 ELSE 0 END) AS served,
                       SUM(CASE WHEN u.status BETWEEN 400 AND 499 THEN 1 ELSE 0 END) AS refused,
                       SUM(u.row_count) AS row_total, SUM(u.byte_count) AS byte_total, MAX(u.occurred_at) AS last_call
                FROM exchange_usage u WHERE u.entry_id IS NOT NULL AND\s""" + where
                + " GROUP BY u.entry_id, u.resource_code, u.consumer_org_code ORDER BY calls DESC LIMIT ?")
                .params(all)
                .query((rs, n) -> new UsageSummary((Long) rs.getObject("entry_id", Long.class),
                        rs.getString("resource_code"), rs.getString("consumer_org_code"), rs.getLong("calls"),
                        rs.getLong("served"), rs.getLong("refused"), rs.getLong("row_total"),
                        rs.getLong("byte_total"), rs.getTimestamp("last_call").toInstant()))
                .list();
    }

    private UsageView map(ResultSet rs, int n) throws SQLException {
        String items = rs.getString("items");
        return new UsageView(rs.getLong("id"), rs.getString("request_id"), rs.getTimestamp("occurred_at").toInstant(),
                UsageOperation.valueOf(rs.getString("operation")), (Long) rs.getObject("app_id", Long.class),
                rs.getString("app_key"), (Long) rs.getObject("consumer_org_id", Long.class),
                rs.getString("consumer_org_code"), (Long) rs.getObject("provider_org_id", Long.class),
                (Long) rs.getObject("entry_id", Long.class), rs.getString("resource_code"),
                (Long) rs.getObject("grant_id", Long.class), (Long) rs.getObject("sync_job_id", Long.class),
                rs.getString("end_user"), items == null || items.isEmpty() ? List.of() : Arrays.asList(items.split(",")),
                rs.getString("filter_text"), rs.getLong("row_count"), rs.getLong("byte_count"), rs.getInt("status"),
                rs.getString("code"), rs.getLong("latency_ms"), rs.getString("client_ip"),
                rs.getString("content_hash"));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
