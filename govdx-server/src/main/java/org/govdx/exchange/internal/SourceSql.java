package org.govdx.exchange.internal;

import java.util.ArrayList;
import java.util.List;
import org.govdx.source.MountedTable;

/**
 * Builds the SQL a gateway call runs on a mounted table. Table and column names come only from the
 * mount (quoted from the source's metadata); every value is a bound parameter. {@code LIMIT ?
 * OFFSET ?} is understood by PostgreSQL, MySQL/MariaDB and H2 alike.
 */
final class SourceSql {

    /** SQL text with its parameters in order. */
    record Sql(String text, List<Object> params) {
    }

    private final MountedTable table;

    SourceSql(MountedTable table) {
        this.table = table;
    }

    /** The items' columns where the filter holds, in the given order, optionally one page of them. */
    Sql select(List<String> items, Condition filter, List<SortOrder> sort, Integer limit, Long offset) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < items.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(column(items.get(i)));
        }
        sql.append(" FROM ").append(table.table());
        where(sql, filter, params);
        sql.append(" ORDER BY ");
        for (SortOrder s : sort) {
            sql.append(column(s.item())).append(s.descending() ? " DESC" : " ASC").append(", ");
        }
        // the key last, so pages are stable
        sql.append(table.keyColumn());
        if (limit != null) {
            sql.append(" LIMIT ? OFFSET ?");
            params.add(limit);
            params.add(offset == null ? 0L : offset);
        }
        return new Sql(sql.toString(), params);
    }

    Sql count(Condition filter) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM ").append(table.table());
        where(sql, filter, params);
        return new Sql(sql.toString(), params);
    }

    /** One row at most, when any row matches. */
    Sql exists(Condition filter) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT 1 FROM ").append(table.table());
        where(sql, filter, params);
        sql.append(" LIMIT 1");
        return new Sql(sql.toString(), params);
    }

    private void where(StringBuilder sql, Condition filter, List<Object> params) {
        if (filter != null) {
            sql.append(" WHERE ");
            append(sql, filter, params);
        }
    }

    private void append(StringBuilder sql, Condition c, List<Object> params) {
        if (c instanceof Condition.Eq eq) {
            sql.append(column(eq.item())).append(" = ?");
            params.add(eq.value());
        } else if (c instanceof Condition.In in) {
            sql.append(column(in.item())).append(" IN (");
            for (int i = 0; i < in.values().size(); i++) {
                sql.append(i == 0 ? "?" : ", ?");
                params.add(in.values().get(i));
            }
            sql.append(")");
        } else if (c instanceof Condition.Between b) {
            sql.append(column(b.item())).append(" BETWEEN ? AND ?");
            params.add(b.from());
            params.add(b.to());
        } else if (c instanceof Condition.Prefix p) {
            sql.append(column(p.item())).append(" LIKE ? ESCAPE '!'");
            params.add(escapeLike(p.value()) + "%");
        } else if (c instanceof Condition.And and) {
            sql.append("(");
            for (int i = 0; i < and.all().size(); i++) {
                sql.append(i == 0 ? "" : " AND ");
                append(sql, and.all().get(i), params);
            }
            sql.append(")");
        }
    }

    private String column(String item) {
        String column = table.columns().get(item);
        if (column == null) {
            // the grant names an item the mount does not map: the provider must re-mount
            throw new IllegalStateException("item not mounted: " + item);
        }
        return column;
    }

    /** {@code !} escapes itself, {@code %} and {@code _}: a prefix matches literally. */
    static String escapeLike(String value) {
        return value.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
