package org.govdx.source.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Reads tables and columns from a source's own metadata. Table and column names used in SQL come
 * only from here, so a name typed by a user is matched against what exists, never pasted into SQL.
 */
@Component
public class SchemaReader {

    private static final Set<String> SYSTEM_SCHEMAS = Set.of("information_schema", "pg_catalog", "pg_toast",
            "mysql", "performance_schema", "sys");
    private static final String[] TABLE_TYPES = {"TABLE", "VIEW", "BASE TABLE", "MATERIALIZED VIEW",
        "PARTITIONED TABLE"};

    /** A table or view; {@code display} is how users name it (schema-qualified outside the default schema). */
    public record TableRef(String catalog, String schema, String name, String kind, String display) {
    }

    /** A column as the database reports it. */
    public record ColumnMeta(String name, int jdbcType, String typeName, int size, int scale, boolean nullable) {
    }

    /** A table with its columns and the quoting rules of its database. */
    public record TableMeta(TableRef table, List<ColumnMeta> columns, Identifiers identifiers, String product) {

        public Optional<ColumnMeta> column(String name) {
            if (name == null) {
                return Optional.empty();
            }
            Optional<ColumnMeta> exact = columns.stream().filter(c -> c.name().equals(name)).findFirst();
            if (exact.isPresent()) {
                return exact;
            }
            List<ColumnMeta> folded = columns.stream().filter(c -> c.name().equalsIgnoreCase(name)).toList();
            return folded.size() == 1 ? Optional.of(folded.get(0)) : Optional.empty();
        }

        /** The quoted, qualified table name for SQL. */
        public String quotedTable() {
            return identifiers.table(table.schema(), table.name());
        }
    }

    public List<TableRef> tables(DataSource source) throws SQLException {
        try (Connection c = source.getConnection()) {
            return tables(c);
        }
    }

    public List<TableRef> tables(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String catalog = c.getCatalog();
        String currentSchema = currentSchema(c);
        boolean mysql = isMysql(md);
        List<TableRef> out = new ArrayList<>();
        try (ResultSet rs = md.getTables(mysql ? catalog : null, null, "%", TABLE_TYPES)) {
            while (rs.next()) {
                String schema = mysql ? null : rs.getString("TABLE_SCHEM");
                String name = rs.getString("TABLE_NAME");
                if (schema != null && (SYSTEM_SCHEMAS.contains(schema.toLowerCase(Locale.ROOT))
                        || schema.toLowerCase(Locale.ROOT).startsWith("pg_"))) {
                    continue;
                }
                String tableCatalog = mysql ? rs.getString("TABLE_CAT") : null;
                if (mysql && tableCatalog != null && catalog != null && !tableCatalog.equals(catalog)) {
                    continue;
                }
                String display = schema == null || schema.equals(currentSchema) ? name : schema + "." + name;
                out.add(new TableRef(tableCatalog, schema, name, rs.getString("TABLE_TYPE"), display));
            }
        }
        out.sort(Comparator.comparing(TableRef::display));
        return out;
    }

    /** Finds a table by the name a user gave (as {@link TableRef#display()}, case-insensitively if unique). */
    public Optional<TableMeta> table(DataSource source, String requested) throws SQLException {
        try (Connection c = source.getConnection()) {
            return table(c, requested);
        }
    }

    /** Like {@link #table(DataSource, String)} on an open connection. */
    public Optional<TableMeta> table(Connection c, String requested) throws SQLException {
        if (requested == null || requested.isBlank()) {
            return Optional.empty();
        }
        List<TableRef> tables = tables(c);
        String wanted = requested.trim();
        Optional<TableRef> match = tables.stream().filter(t -> t.display().equals(wanted)).findFirst();
        if (match.isEmpty()) {
            List<TableRef> folded = tables.stream().filter(t -> t.display().equalsIgnoreCase(wanted)).toList();
            match = folded.size() == 1 ? Optional.of(folded.get(0)) : Optional.empty();
        }
        return match.isEmpty() ? Optional.empty() : Optional.of(meta(c, match.get()));
    }

    /** The table with exactly this schema and name, as stored by a mount. */
    public Optional<TableMeta> exact(Connection c, String schema, String name) throws SQLException {
        return tables(c).stream()
                .filter(t -> t.name().equals(name) && java.util.Objects.equals(t.schema(), schema))
                .findFirst()
                .map(t -> {
                    try {
                        return meta(c, t);
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    private static TableMeta meta(Connection c, TableRef table) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        return new TableMeta(table, columns(md, table), Identifiers.of(md), md.getDatabaseProductName());
    }

    private static List<ColumnMeta> columns(DatabaseMetaData md, TableRef table) throws SQLException {
        String escape = md.getSearchStringEscape();
        List<ColumnMeta> out = new ArrayList<>();
        try (ResultSet rs = md.getColumns(table.catalog(), like(table.schema(), escape), like(table.name(), escape),
                "%")) {
            while (rs.next()) {
                // LIKE patterns may still match neighbours: keep only the exact table
                if (!table.name().equals(rs.getString("TABLE_NAME"))
                        || (table.schema() != null && !table.schema().equals(rs.getString("TABLE_SCHEM")))) {
                    continue;
                }
                out.add(new ColumnMeta(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"),
                        rs.getInt("COLUMN_SIZE"), rs.getInt("DECIMAL_DIGITS"),
                        rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls));
            }
        }
        return out;
    }

    private static String like(String name, String escape) {
        if (name == null) {
            return null;
        }
        if (escape == null || escape.isEmpty()) {
            return name;
        }
        return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }

    private static String currentSchema(Connection c) {
        try {
            return c.getSchema();
        } catch (SQLException | AbstractMethodError e) {
            return null;
        }
    }

    private static boolean isMysql(DatabaseMetaData md) throws SQLException {
        String product = md.getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.contains("mysql") || product.contains("mariadb");
    }
}
