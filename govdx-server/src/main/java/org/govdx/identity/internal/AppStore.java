package org.govdx.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.govdx.identity.ConsumerAppInfo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Persistence of consumer apps and their tokens. */
@Component
public class AppStore {

    private static final String SELECT = """
            SELECT a.*, o.code AS org_code FROM consumer_app a JOIN org_unit o ON o.id = a.org_id""";

    private final JdbcClient jdbc;

    AppStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ConsumerAppInfo insert(long orgId, String name, String description, String appKey, String secretHash,
                                  List<String> allowedIps, String createdBy, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO consumer_app (org_id, name, description, app_key, secret_hash, allowed_ips, enabled,
                                          created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?)""")
                .params(orgId, name, description, appKey, secretHash, String.join(",", allowedIps), createdBy,
                        Timestamp.from(now), Timestamp.from(now))
                .update(key, "id");
        return find(key.getKeyAs(Number.class).longValue()).orElseThrow();
    }

    public Optional<ConsumerAppInfo> find(long id) {
        return jdbc.sql(SELECT + " WHERE a.id = ?").param(id).query(AppStore::map).optional();
    }

    /** The app and its secret hash, by key, for authentication. */
    Optional<AppCredentials> credentials(String appKey) {
        return jdbc.sql(SELECT + " WHERE a.app_key = ?").param(appKey)
                .query((rs, n) -> new AppCredentials(map(rs, n), rs.getString("secret_hash")))
                .optional();
    }

    public List<ConsumerAppInfo> ofOrg(long orgId) {
        return jdbc.sql(SELECT + " WHERE a.org_id = ? ORDER BY a.name").param(orgId).query(AppStore::map).list();
    }

    public List<ConsumerAppInfo> all() {
        return jdbc.sql(SELECT + " ORDER BY o.code, a.name").query(AppStore::map).list();
    }

    public void setSecret(long id, String secretHash, Instant now) {
        jdbc.sql("UPDATE consumer_app SET secret_hash = ?, updated_at = ? WHERE id = ?")
                .params(secretHash, Timestamp.from(now), id).update();
    }

    public void setEnabled(long id, boolean enabled, Instant now) {
        jdbc.sql("UPDATE consumer_app SET enabled = ?, updated_at = ? WHERE id = ?")
                .params(enabled, Timestamp.from(now), id).update();
    }

    public void revokeTokens(long appId) {
        jdbc.sql("DELETE FROM app_token WHERE app_id = ?").param(appId).update();
    }

    private static ConsumerAppInfo map(ResultSet rs, int row) throws SQLException {
        String ips = rs.getString("allowed_ips");
        return new ConsumerAppInfo(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
                rs.getString("app_key"), null, rs.getLong("org_id"), rs.getString("org_code"),
                ips == null || ips.isBlank() ? List.of() : Arrays.asList(ips.split(",")), rs.getBoolean("enabled"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }

    record AppCredentials(ConsumerAppInfo app, String secretHash) {
    }
}
