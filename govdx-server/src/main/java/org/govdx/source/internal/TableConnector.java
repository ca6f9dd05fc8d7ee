package org.govdx.source.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govdx.catalog.CatalogItemView;
import org.govdx.common.Validation;
import org.govdx.source.DataSourceType;
import org.govdx.source.MountRequest;
import org.govdx.source.MountType;
import org.springframework.stereotype.Component;

/**
 * Mounts entries on tables and views of JDBC sources. Every name in the SQL it runs comes from
 * the source's metadata and is quoted for that database; nothing a user typed reaches SQL.
 */
@Component
class TableConnector implements MountConnector {

    private final SourcePools pools;
    private final SchemaReader schema;
    private final SourceSettings settings;

    TableConnector(SourcePools pools, SchemaReader schema, SourceSettings settings) {
        this.pools = pools;
        this.schema = schema;
        this.settings = settings;
    }

    @Override
    public MountType mountType() {
        return MountType.TABLE;
    }

    @Override
    public DataSourceType sourceType() {
        return DataSourceType.JDBC;
    }

    @Override
    public Resolved resolve(DataSourceRow source, MountRequest request, List<CatalogItemView> items, Validation v) {
        if (!v.required(request.table(), "table")) {
            v.required(request.keyColumn(), "keyColumn");
            return null;
        }
        SchemaReader.TableMeta meta;
        try (Connection c = pools.of(source).getConnection()) {
            meta = schema.table(c, request.table()).orElse(null);
        } catch (SQLException | RuntimeException e) {
            throw SourceReadException.of(e);
        }
        if (meta == null) {
            v.check(true, "table", "TABLE_NOT_FOUND", request.table());
            return null;
        }
        Map<String, String> resolved = new LinkedHashMap<>();
        Map<String, String> wanted = request.columns() == null ? Map.of() : request.columns();
        for (CatalogItemView item : items) {
            String column = wanted.get(item.code());
            if (column == null || column.isBlank()) {
                continue;
            }
            Optional<SchemaReader.ColumnMeta> found = meta.column(column.trim());
            String field = "columns." + item.code();
            if (found.isEmpty()) {
                v.check(true, field, "COLUMN_NOT_FOUND", column, meta.table().display());
            } else if (!TypeFit.fits(item.dataType(), found.get())) {
                v.check(true, field, "COLUMN_TYPE_MISMATCH", found.get().name(), TypeFit.describe(found.get()),
                        item.dataType().name(), item.name());
            } else {
                resolved.put(item.code(), found.get().name());
            }
        }
        String key = null;
        if (v.required(request.keyColumn(), "keyColumn")) {
            Optional<SchemaReader.ColumnMeta> found = meta.column(request.keyColumn().trim());
            v.check(found.isEmpty(), "keyColumn", "COLUMN_NOT_FOUND", request.keyColumn(), meta.table().display());
            key = found.map(SchemaReader.ColumnMeta::name).orElse(null);
        }
        String change = null;
        if (request.changeTimestampColumn() != null && !request.changeTimestampColumn().isBlank()) {
            Optional<SchemaReader.ColumnMeta> found = meta.column(request.changeTimestampColumn().trim());
            if (found.isEmpty()) {
                v.check(true, "changeTimestampColumn", "COLUMN_NOT_FOUND", request.changeTimestampColumn(),
                        meta.table().display());
            } else if (!TypeFit.usableAsChangeMarker(found.get())) {
                v.check(true, "changeTimestampColumn", "CHANGE_COLUMN_TYPE", found.get().name(),
                        TypeFit.describe(found.get()));
            } else {
                change = found.get().name();
            }
        }
        if (v.hasProblems()) {
            return null;
        }
        return new Resolved(meta.table().display(), meta.table().schema(), meta.table().name(), key, change, null,
                null, resolved);
    }

    @Override
    public List<Map<String, Object>> read(DataSourceRow source, MountRow mount, List<CatalogItemView> items,
                                          int limit) {
        try (Connection c = pools.of(source).getConnection()) {
            SchemaReader.TableMeta meta = schema.exact(c, mount.tableSchema(), mount.tableName())
                    .orElseThrow(() -> new SourceReadException("TABLE_NOT_FOUND", mount.tableRef(), null));
            List<CatalogItemView> mapped = new ArrayList<>();
            List<String> selected = new ArrayList<>();
            for (CatalogItemView item : items) {
                String column = mount.columns().get(item.code());
                if (column == null) {
                    continue;
                }
                SchemaReader.ColumnMeta meta1 = meta.columns().stream().filter(col -> col.name().equals(column))
                        .findFirst()
                        .orElseThrow(() -> new SourceReadException("COLUMN_NOT_FOUND", column, null));
                mapped.add(item);
                selected.add(meta.identifiers().quote(meta1.name()));
            }
            if (selected.isEmpty()) {
                return List.of();
            }
            StringBuilder sql = new StringBuilder("SELECT ").append(String.join(", ", selected))
                    .append(" FROM ").append(meta.quotedTable());
            if (mount.keyColumn() != null && meta.columns().stream().anyMatch(col -> col.name().equals(mount.keyColumn()))) {
                sql.append(" ORDER BY ").append(meta.identifiers().quote(mount.keyColumn()));
            }
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                ps.setMaxRows(limit);
                ps.setFetchSize(limit);
                ps.setQueryTimeout((int) Math.max(1, settings.getQueryTimeout().toSeconds()));
                List<Map<String, Object>> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && rows.size() < limit) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (int i = 0; i < mapped.size(); i++) {
                            row.put(mapped.get(i).code(), SourceValues.read(rs, i + 1, mapped.get(i).dataType()));
                        }
                        rows.add(row);
                    }
                }
                return rows;
            }
        } catch (SourceReadException e) {
            throw e;
        } catch (SQLException | RuntimeException e) {
            throw SourceReadException.of(e);
        }
    }
}
