package org.govdx.ledger.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts many rows as {@code INSERT INTO t (...) VALUES (...), (...), ...} statements of up to 200 rows:
 * both H2 and PostgreSQL execute one such statement far faster than a statement per row. Values are
 * always bound as parameters; only the placeholders are generated.
 */
final class MultiRowInsert {

    /** Binds one row's values starting at parameter {@code first}. */
    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement ps, int first, T row) throws SQLException;
    }

    private static final int ROWS_PER_STATEMENT = 200;

    private final JdbcTemplate jdbc;
    private final Map<String, String> sql = new ConcurrentHashMap<>();

    MultiRowInsert(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    <T> void insert(String table, String columns, int width, List<T> rows, Binder<T> binder) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            String statement = sql.computeIfAbsent(table + ':' + chunk.size(), k -> "INSERT INTO " + table + " ("
                    + columns + ") VALUES " + String.join(", ", Collections.nCopies(chunk.size(),
                    "(" + placeholders(width) + ")")));
            jdbc.update(statement, ps -> {
                int first = 1;
                for (T row : chunk) {
                    binder.bind(ps, first, row);
                    first += width;
                }
            });
        }
    }

    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** Binds a nullable text, typed so that no driver has to ask the database for the type of a null. */
    static void setText(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }
}
