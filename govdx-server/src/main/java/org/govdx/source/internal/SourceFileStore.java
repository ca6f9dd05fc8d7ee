package org.govdx.source.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.govdx.source.SourceFileInfo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Persistence of {@code source_file} rows (the files themselves live under the data directory). */
@Component
public class SourceFileStore {

    private static final TypeReference<List<String>> LIST = new TypeReference<>() {
    };

    /** A stored file with where its bytes are. */
    public record StoredFile(SourceFileInfo info, long orgId, String storedName) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SourceFileStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public long insert(long orgId, long sourceId, String originalName, String storedName, String format, long size,
                       String sm3, List<String> header, int rows, String uploadedBy, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO source_file (org_id, data_source_id, original_name, stored_name, format, size_bytes, sm3,
                    header_json, row_count, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(orgId, sourceId, originalName, storedName, format, size, sm3, json.writeValueAsString(header),
                        rows, uploadedBy, DataSourceStore.ts(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<StoredFile> find(long id) {
        return jdbc.sql("SELECT * FROM source_file WHERE id = ?").param(id).query(this::map).optional();
    }

    public List<StoredFile> ofSource(long sourceId) {
        return jdbc.sql("SELECT * FROM source_file WHERE data_source_id = ? ORDER BY id DESC").param(sourceId)
                .query(this::map).list();
    }

    private StoredFile map(ResultSet rs, int n) throws SQLException {
        SourceFileInfo info = new SourceFileInfo(rs.getLong("id"), rs.getLong("data_source_id"),
                rs.getString("original_name"), rs.getString("format"), rs.getLong("size_bytes"), rs.getString("sm3"),
                json.readValue(rs.getString("header_json"), LIST), rs.getInt("row_count"), rs.getString("uploaded_by"),
                DataSourceStore.instant(rs.getTimestamp("uploaded_at")));
        return new StoredFile(info, rs.getLong("org_id"), rs.getString("stored_name"));
    }
}
