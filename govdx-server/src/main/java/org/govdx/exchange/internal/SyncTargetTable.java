package org.govdx.exchange.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.govdx.catalog.ItemDataType;
import org.govdx.source.SourceConnection;

/**
 * The consumer's table a sync job writes to: created if absent with column types mapped from the
 * items' data types, and written by upsert on the key column, so that a batch delivered twice (after
 * a resume) leaves one row per key: {@code INSERT … ON CONFLICT … DO UPDATE} on PostgreSQL,
 * {@code INSERT … ON DUPLICATE KEY UPDATE} on MySQL/MariaDB, {@code MERGE INTO … KEY (…)} on H2.
 */
final class SyncTargetTable {

    /** A plain name, or {@code schema.name}; quoted as given. */
    static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?");

    /**
     * One column of the target.
     *
     * @param type   how values are written: the item's data type, or STRING for masked values
     * @param length characters of a text column, null when not text
     */
    record Column(String name, ItemDataType type, Integer length) {
    }

    private final SourceConnection target;
    private final String table;
    private final List<Column> columns;
    private final String key;
    private final int rowsPerStatement;

    /** @param key the name of the key column, one of {@code columns} */
    SyncTargetTable(SourceConnection target, String tableName, List<Column> columns, String key) {
        this.target = target;
        StringBuilder quoted = new StringBuilder();
        for (String part : tableName.split("\\.")) {
            quoted.append(quoted.isEmpty() ? "" : ".").append(target.quote(part));
        }
        this.table = quoted.toString();
        this.columns = columns;
        this.key = key;
        // well under every driver's limit of bound parameters per statement
        this.rowsPerStatement = Math.max(1, Math.min(500, 30_000 / columns.size()));
    }

    /**
     * Creates the table when it does not exist; an existing one must have every column.
     *
     * @throws SyncFailure SYNC_TARGET_TABLE_MISMATCH naming the missing columns
     */
    void ensure() throws SQLException {
        try (Connection c = target.dataSource().getConnection()) {
            c.setAutoCommit(true);
            Set<String> existing = existingColumns(c);
            if (existing == null) {
                try (Statement s = c.createStatement()) {
                    s.execute(createSql());
                }
                return;
            }
            List<String> missing = columns.stream().map(Column::name)
                    .filter(n -> !existing.contains(n.toLowerCase(Locale.ROOT))).toList();
            if (!missing.isEmpty()) {
                throw new SyncFailure("SYNC_TARGET_TABLE_MISMATCH");
            }
        }
    }

    /** Upserts the rows (values in column order) and commits. */
    void upsert(List<Object[]> rows) throws SQLException {
        try (Connection c = target.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                for (int from = 0; from < rows.size(); from += rowsPerStatement) {
                    List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + rowsPerStatement));
                    try (PreparedStatement ps = c.prepareStatement(upsertSql(chunk.size()))) {
                        int p = 1;
                        for (Object[] row : chunk) {
                            for (int i = 0; i < columns.size(); i++) {
                                bind(ps, p++, columns.get(i).type(), row[i]);
                            }
                        }
                        ps.executeUpdate();
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** Lower-cased column names of the table, null when it does not exist. */
    private Set<String> existingColumns(Connection c) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData meta = rs.getMetaData();
            Set<String> names = new HashSet<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                names.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
            }
            return names;
        } catch (SQLException e) {
            return null;
        }
    }

    String createSql() {
        StringBuilder sql = new StringBuilder("CREATE TABLE ").append(table).append(" (");
        for (Column col : columns) {
            sql.append(target.quote(col.name())).append(' ').append(type(col, col.name().equals(key)));
            if (col.name().equals(key)) {
                sql.append(" NOT NULL");
            }
            sql.append(", ");
        }
        sql.append("PRIMARY KEY (").append(target.quote(key)).append("))");
        if (target.isMySql()) {
            sql.append(" DEFAULT CHARSET=utf8mb4");
        }
        return sql.toString();
    }

    String upsertSql(int rows) {
        StringBuilder names = new StringBuilder();
        for (Column col : columns) {
            names.append(names.isEmpty() ? "" : ", ").append(target.quote(col.name()));
        }
        String one = "(" + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        String values = String.join(", ", java.util.Collections.nCopies(rows, one));
        String k = target.quote(key);
        List<String> others = columns.stream().map(Column::name).filter(n -> !n.equals(key)).map(target::quote).toList();
        if (target.isPostgres()) {
            return "INSERT INTO " + table + " (" + names + ") VALUES " + values + " ON CONFLICT (" + k + ") DO "
                    + (others.isEmpty() ? "NOTHING" : "UPDATE SET "
                    + String.join(", ", others.stream().map(n -> n + " = EXCLUDED." + n).toList()));
        }
        if (target.isMySql()) {
            return "INSERT INTO " + table + " (" + names + ") VALUES " + values + " ON DUPLICATE KEY UPDATE "
                    + (others.isEmpty() ? k + " = " + k
                    : String.join(", ", others.stream().map(n -> n + " = VALUES(" + n + ")").toList()));
        }
        return "MERGE INTO " + table + " (" + names + ") KEY (" + k + ") VALUES " + values;
    }

    private String type(Column col, boolean isKey) {
        boolean pg = target.isPostgres();
        boolean my = target.isMySql();
        return switch (col.type()) {
            case STRING -> {
                int n = col.length() == null ? (isKey ? 255 : 1000) : Math.max(1, col.length());
                if (my && isKey) {
                    yield "VARCHAR(" + Math.min(n, 255) + ")";
                }
                yield my && n > 500 ? "TEXT" : "VARCHAR(" + n + ")";
            }
            case INTEGER -> "BIGINT";
            case DECIMAL -> pg ? "NUMERIC" : "DECIMAL(38,10)";
            case DATE -> "DATE";
            case DATETIME -> my ? "DATETIME(6)" : "TIMESTAMP";
            case BOOLEAN -> "BOOLEAN";
            case BINARY -> pg ? "BYTEA" : my ? "LONGBLOB" : "VARBINARY";
        };
    }

    private static void bind(PreparedStatement ps, int index, ItemDataType type, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, sqlType(type));
            return;
        }
        switch (type) {
            case STRING -> ps.setString(index, text(value));
            case INTEGER, DECIMAL -> {
                if (value instanceof Long l) {
                    ps.setLong(index, l);
                } else {
                    ps.setBigDecimal(index, value instanceof BigDecimal d ? d : new BigDecimal(value.toString()));
                }
            }
            case DATE -> ps.setDate(index, java.sql.Date.valueOf(LocalDate.parse(value.toString())));
            case DATETIME -> ps.setTimestamp(index, Timestamp.valueOf(dateTime(value.toString())));
            case BOOLEAN -> ps.setBoolean(index, value instanceof Boolean b ? b : Boolean.parseBoolean(value.toString()));
            case BINARY -> ps.setBytes(index, value instanceof byte[] b ? b : value.toString().getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    static String text(Object value) {
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    private static LocalDateTime dateTime(String iso) {
        try {
            return LocalDateTime.parse(iso);
        } catch (java.time.format.DateTimeParseException e) {
            return OffsetDateTime.parse(iso).atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime();
        }
    }

    private static int sqlType(ItemDataType type) {
        return switch (type) {
            case STRING -> Types.VARCHAR;
            case INTEGER -> Types.BIGINT;
            case DECIMAL -> Types.DECIMAL;
            case DATE -> Types.DATE;
            case DATETIME -> Types.TIMESTAMP;
            case BOOLEAN -> Types.BOOLEAN;
            case BINARY -> Types.VARBINARY;
        };
    }
}
