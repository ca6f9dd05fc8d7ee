package org.govdx.identity.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.govdx.identity.AuditEvent;
import org.govdx.identity.AuditQuery;
import org.govdx.identity.AuditResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Append and search of {@code audit_event}; there is deliberately no update or delete. */
@Repository
public class AuditEventStore {

    private final JdbcClient jdbc;

    AuditEventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void append(AuditEvent e) {
        jdbc.sql("""
                INSERT INTO audit_event (occurred_at, username, org_code, client_ip, action, target, result, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(e.occurredAt()), e.username(), e.orgCode(), e.clientIp(), e.action(),
                        e.target(), e.result().name(), e.detail())
                .update();
    }

    public PageResponse<AuditEvent> search(AuditQuery q, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        List<Object> params = new ArrayList<>();
        if (q.username() != null && !q.username().isBlank()) {
            where.append(" AND username = ?");
            params.add(q.username().trim().toLowerCase());
        }
        if (q.action() != null && !q.action().isBlank()) {
            where.append(" AND action LIKE ?");
            params.add(escapeLike(q.action().trim()) + "%");
        }
        if (q.result() != null) {
            where.append(" AND result = ?");
            params.add(q.result().name());
        }
        if (q.from() != null) {
            where.append(" AND occurred_at >= ?");
            params.add(Timestamp.from(q.from()));
        }
        if (q.to() != null) {
            where.append(" AND occurred_at < ?");
            params.add(Timestamp.from(q.to()));
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_event" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        List<AuditEvent> content = jdbc.sql("SELECT * FROM audit_event" + where
                        + " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?")
                .params(pageParams)
                .query((rs, n) -> new AuditEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("username"), rs.getString("org_code"), rs.getString("client_ip"),
                        rs.getString("action"), rs.getString("target"), AuditResult.valueOf(rs.getString("result")),
                        rs.getString("detail")))
                .list();
        return new PageResponse<>(content, page.page(), page.size(), total);
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
