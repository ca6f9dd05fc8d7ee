package org.govdx.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.govdx.common.GovdxException;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.govdx.identity.CurrentUser;
import org.govdx.identity.Role;
import org.govdx.notification.NotificationView;
import org.govdx.notification.Notifications;
import org.govdx.notification.Recipient;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The inbox on two tables: messages and per-user read marks. */
@Service
@Transactional
class NotificationService implements Notifications {

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Clock clock;

    NotificationService(JdbcClient jdbc, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void send(List<Recipient> recipients, String type, String subject, String title, String detail,
                     String link) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        for (Recipient r : recipients.stream().distinct().toList()) {
            jdbc.sql("""
                    INSERT INTO notification (username, org_id, role, type, subject, title, detail, link, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(r.username(), r.orgId(), r.role() == null ? null : r.role().name(), type,
                            cut(subject, 200), cut(title, 300), cut(detail, 2000), cut(link, 300), now)
                    .update();
        }
    }

    @Override
    public void sendOnce(List<Recipient> recipients, String type, String subject, String title, String detail,
                         String link) {
        List<Recipient> fresh = recipients.stream().distinct().filter(r -> jdbc.sql("""
                SELECT COUNT(*) FROM notification WHERE type = ? AND subject = ?
                  AND COALESCE(username, '') = ? AND COALESCE(org_id, -1) = ? AND COALESCE(role, '') = ?""")
                .params(type, cut(subject, 200), r.username() == null ? "" : r.username(),
                        r.orgId() == null ? -1L : r.orgId(), r.role() == null ? "" : r.role().name())
                .query(Long.class).single() == 0).toList();
        send(fresh, type, subject, title, detail, link);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** The condition selecting the reader's messages; parameters appended to {@code params}. */
    private static String mine(CurrentUser reader, List<Object> params) {
        List<String> roles = reader.roles().stream().map(Role::name).toList();
        params.add(reader.getUsername());
        StringBuilder where = new StringBuilder("(n.username = ?");
        if (!roles.isEmpty()) {
            String in = String.join(",", roles.stream().map(x -> "?").toList());
            where.append(" OR (n.username IS NULL AND n.org_id = ? AND n.role IN (").append(in).append("))");
            params.add(reader.orgId());
            params.addAll(roles);
            where.append(" OR (n.username IS NULL AND n.org_id IS NULL AND n.role IN (").append(in).append("))");
            params.addAll(roles);
        }
        return where.append(")").toString();
    }

    @Override
    @Transactional(readOnly = true)
    public PageResponse<NotificationView> inbox(CurrentUser reader, boolean unreadOnly, PageRequest page) {
        List<Object> params = new ArrayList<>();
        params.add(reader.getUsername());
        String where = mine(reader, params) + (unreadOnly ? " AND r.read_at IS NULL" : "");
        String from = " FROM notification n LEFT JOIN notification_read r ON r.notification_id = n.id AND r.username = ?"
                + " WHERE " + where;
        long total = jdbc.sql("SELECT COUNT(*)" + from).params(params).query(Long.class).single();
        List<Object> all = new ArrayList<>(params);
        all.add(page.size());
        all.add(page.offset());
        Locale locale = LocaleContextHolder.getLocale();
        List<NotificationView> rows = jdbc.sql("SELECT n.*, r.read_at" + from
                        + " ORDER BY n.id DESC LIMIT ? OFFSET ?")
                .params(all)
                .query((rs, i) -> {
                    String type = rs.getString("type");
                    Object[] args = {nz(rs.getString("subject")), nz(rs.getString("title")), nz(rs.getString("detail"))};
                    String text = messages.getMessage("notification." + type, args,
                            type + " " + args[0] + " " + args[1], locale);
                    return new NotificationView(rs.getLong("id"), type, rs.getString("subject"), text,
                            rs.getString("link"), rs.getTimestamp("read_at") != null,
                            rs.getTimestamp("created_at").toInstant());
                })
                .list();
        return new PageResponse<>(rows, page.page(), page.size(), total);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    @Transactional(readOnly = true)
    public long unreadCount(CurrentUser reader) {
        List<Object> params = new ArrayList<>();
        params.add(reader.getUsername());
        String where = mine(reader, params);
        return jdbc.sql("""
                SELECT COUNT(*) FROM notification n LEFT JOIN notification_read r
                  ON r.notification_id = n.id AND r.username = ?
                WHERE r.read_at IS NULL AND """ + " " + where).params(params).query(Long.class).single();
    }

    @Override
    public void markRead(long id, CurrentUser reader) {
        List<Object> params = new ArrayList<>();
        params.add(id);
        String where = mine(reader, params);
        long found = jdbc.sql("SELECT COUNT(*) FROM notification n WHERE n.id = ? AND " + where).params(params)
                .query(Long.class).single();
        if (found == 0) {
            throw GovdxException.notFound("NOTIFICATION_NOT_FOUND", String.valueOf(id));
        }
        insertRead(id, reader.getUsername());
    }

    private void insertRead(long id, String username) {
        long already = jdbc.sql("SELECT COUNT(*) FROM notification_read WHERE notification_id = ? AND username = ?")
                .params(id, username).query(Long.class).single();
        if (already == 0) {
            jdbc.sql("INSERT INTO notification_read (notification_id, username, read_at) VALUES (?, ?, ?)")
                    .params(id, username, Timestamp.from(Instant.now(clock))).update();
        }
    }

    @Override
    public int markAllRead(CurrentUser reader) {
        List<Object> params = new ArrayList<>();
        params.add(reader.getUsername());
        String where = mine(reader, params);
        List<Long> ids = jdbc.sql("""
                SELECT n.id FROM notification n LEFT JOIN notification_read r
                  ON r.notification_id = n.id AND r.username = ?
                WHERE r.read_at IS NULL AND """ + " " + where).params(params).query(Long.class).list();
        ids.forEach(id -> insertRead(id, reader.getUsername()));
        return ids.size();
    }
}
