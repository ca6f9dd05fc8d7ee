package org.govdx.source.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govdx.source.MountType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Persistence of {@code source_mount} rows. */
@Component
public class MountStore {

    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
    };
    private static final String COLUMNS = "entry_id, org_id, type, data_source_id, table_ref, table_schema, "
            + "table_name, key_column, change_column, file_id, records_path, columns_json, status, status_code, "
            + "status_detail, checked_at, revision, updated_by, created_at, updated_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    MountStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Inserts or replaces the mount of an entry; answers the stored row with its new revision. */
    public MountRow save(MountRow m) {
        String columns = json.writeValueAsString(m.columns());
        int updated = jdbc.sql("""
                UPDATE source_mount SET org_id = ?, type = ?, data_source_id = ?, table_ref = ?, table_schema = ?,
                    table_name = ?, key_column = ?, change_column = ?, file_id = ?, records_path = ?, columns_json = ?,
                    status = ?, status_code = ?, status_detail = ?, checked_at = ?, revision = revision + 1,
                    updated_by = ?, updated_at = ?
                WHERE entry_id = ?""")
                .params(m.orgId(), m.type().name(), m.dataSourceId(), m.tableRef(), m.tableSchema(), m.tableName(),
                        m.keyColumn(), m.changeColumn(), m.fileId(), m.recordsPath(), columns, m.status(),
                        m.statusCode(), m.statusDetail(), DataSourceStore.ts(m.checkedAt()), m.updatedBy(),
                        DataSourceStore.ts(m.updatedAt()), m.entryId())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO source_mount (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)")
                    .params(m.entryId(), m.orgId(), m.type().name(), m.dataSourceId(), m.tableRef(), m.tableSchema(),
                            m.tableName(), m.keyColumn(), m.changeColumn(), m.fileId(), m.recordsPath(), columns,
                            m.status(), m.statusCode(), m.statusDetail(), DataSourceStore.ts(m.checkedAt()),
                            m.updatedBy(), DataSourceStore.ts(m.createdAt()), DataSourceStore.ts(m.updatedAt()))
                    .update();
        }
        return find(m.entryId()).orElseThrow();
    }

    /** Records the outcome of a check without touching the mount itself. */
    public void recordCheck(long entryId, String status, String code, String detail, Instant at) {
        jdbc.sql("UPDATE source_mount SET status = ?, status_code = ?, status_detail = ?, checked_at = ? WHERE entry_id = ?")
                .params(status, code, truncate(detail, 500), DataSourceStore.ts(at), entryId).update();
    }

    public Optional<MountRow> find(long entryId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM source_mount WHERE entry_id = ?").param(entryId)
                .query(this::map).optional();
    }

    public List<MountRow> find(Collection<Long> entryIds) {
        if (entryIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM source_mount WHERE entry_id IN (:ids)")
                .param("ids", entryIds).query(this::map).list();
    }

    public List<MountRow> ofOrg(long orgId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM source_mount WHERE org_id = ? ORDER BY entry_id").param(orgId)
                .query(this::map).list();
    }

    public List<MountRow> ofSource(long dataSourceId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM source_mount WHERE data_source_id = ?").param(dataSourceId)
                .query(this::map).list();
    }

    private MountRow map(ResultSet rs, int n) throws SQLException {
        Long fileId = rs.getObject("file_id") == null ? null : rs.getLong("file_id");
        Map<String, String> columns = json.readValue(rs.getString("columns_json"), MAP);
        return new MountRow(rs.getLong("entry_id"), rs.getLong("org_id"), MountType.valueOf(rs.getString("type")),
                rs.getLong("data_source_id"), rs.getString("table_ref"), rs.getString("table_schema"),
                rs.getString("table_name"), rs.getString("key_column"), rs.getString("change_column"),
                fileId, rs.getString("records_path"),
                columns, rs.getString("status"), rs.getString("status_code"), rs.getString("status_detail"),
                DataSourceStore.instant(rs.getTimestamp("checked_at")), rs.getInt("revision"),
                rs.getString("updated_by"), DataSourceStore.instant(rs.getTimestamp("created_at")),
                DataSourceStore.instant(rs.getTimestamp("updated_at")));
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
