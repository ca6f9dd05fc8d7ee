package org.govdx.source.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.govdx.source.DataSourceType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** Persistence of {@code data_source} rows. */
@Component
public class DataSourceStore {

    private static final String COLUMNS = "id, org_id, name, type, jdbc_url, username, password_enc, base_url, "
            + "header_names, headers_enc, revision, last_test_code, last_tested_at, product, created_by, created_at, "
            + "updated_at";

    private final JdbcClient jdbc;

    DataSourceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public DataSourceRow insert(DataSourceRow row) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO data_source (org_id, name, type, jdbc_url, username, password_enc, base_url, header_names,
                    headers_enc, revision, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)""")
                .params(row.orgId(), row.name(), row.type().name(), row.jdbcUrl(), row.username(), row.passwordEnc(),
                        row.baseUrl(), row.headerNames(), row.headersEnc(), row.createdBy(), ts(row.createdAt()),
                        ts(row.updatedAt()))
                .update(keys, "id");
        return find(keys.getKey().longValue()).orElseThrow();
    }

    /** Saves the changed fields and bumps the revision, which retires pooled connections. */
    public DataSourceRow update(DataSourceRow row) {
        jdbc.sql("""
                UPDATE data_source SET name = ?, jdbc_url = ?, username = ?, password_enc = ?, base_url = ?,
                    header_names = ?, headers_enc = ?, revision = revision + 1, updated_at = ?
                WHERE id = ?""")
                .params(row.name(), row.jdbcUrl(), row.username(), row.passwordEnc(), row.baseUrl(), row.headerNames(),
                        row.headersEnc(), ts(row.updatedAt()), row.id())
                .update();
        return find(row.id()).orElseThrow();
    }

    public void recordTest(long id, String code, String product, Instant at) {
        jdbc.sql("UPDATE data_source SET last_test_code = ?, product = COALESCE(?, product), last_tested_at = ? WHERE id = ?")
                .params(code, product, ts(at), id).update();
    }

    public Optional<DataSourceRow> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM data_source WHERE id = ?").param(id).query(DataSourceStore::map)
                .optional();
    }

    public List<DataSourceRow> ofOrg(long orgId, long offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM data_source WHERE org_id = ? ORDER BY name, id LIMIT ? OFFSET ?")
                .params(orgId, limit, offset).query(DataSourceStore::map).list();
    }

    public long countOfOrg(long orgId) {
        return jdbc.sql("SELECT COUNT(*) FROM data_source WHERE org_id = ?").param(orgId).query(Long.class).single();
    }

    public boolean nameTaken(long orgId, String name, Long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM data_source WHERE org_id = ? AND name = ? AND id <> ?")
                .params(orgId, name, exceptId == null ? -1L : exceptId).query(Long.class).single() > 0;
    }

    public Optional<DataSourceRow> findByName(long orgId, String name) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM data_source WHERE org_id = ? AND name = ?").params(orgId, name)
                .query(DataSourceStore::map).optional();
    }

    private static DataSourceRow map(ResultSet rs, int n) throws SQLException {
        return new DataSourceRow(rs.getLong("id"), rs.getLong("org_id"), rs.getString("name"),
                DataSourceType.valueOf(rs.getString("type")), rs.getString("jdbc_url"), rs.getString("username"),
                rs.getString("password_enc"), rs.getString("base_url"), rs.getString("header_names"),
                rs.getString("headers_enc"), rs.getInt("revision"), rs.getString("last_test_code"),
                instant(rs.getTimestamp("last_tested_at")), rs.getString("product"), rs.getString("created_by"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")));
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
