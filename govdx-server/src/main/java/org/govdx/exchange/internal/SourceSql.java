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
        return select(items, filter, sort, limit, offset, false);
    }

    private Sql select(List<String> items, Condition filter, List<SortOrder> sort, Integer limit, Long offset,
                       boolean counted) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < items.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(column(items.get(i)));
        }
        if (counted) {
            sql.append(", COUNT(*) OVER ()");
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

    /** Like {@link #select} with the total number of matching rows as one more column ({@code COUNT(*) OVER ()}). */
    Sql selectCounted(List<String> items, Condition filter, List<SortOrder> sort, int limit, long offset) {
        return select(items, filter, sort, limit, offset, true);
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

    // ---- bulk sync jobs (keyset pagination), used by SyncBatches; the methods above stay unchanged ----

    /**
     * One batch of a sync pass: the key column first, then the items' columns, where the filter holds,
     * the change column lies in ({@code changedAfter}, {@code changedUpTo}] (a null bound is open), and
     * the key is after {@code afterKey} (null: from the first row), in key order, at most {@code limit} rows.
     */
    Sql keysetPage(List<String> items, Condition filter, Object changedAfter, Object changedUpTo, Object afterKey,
                   int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ").append(table.keyColumn());
        for (String item : items) {
            sql.append(", ").append(column(item));
        }
        sql.append(" FROM ").append(table.table());
        List<String> extra = new ArrayList<>();
        syncBounds(extra, params, changedAfter, changedUpTo);
        if (afterKey != null) {
            extra.add(table.keyColumn() + " > ?");
        }
        syncWhere(sql, filter, extra, params);
        if (afterKey != null) {
            params.add(afterKey);
        }
        sql.append(" ORDER BY ").append(table.keyColumn()).append(" LIMIT ?");
        params.add(limit);
        return new Sql(sql.toString(), params);
    }

    /** How many rows a sync pass will deliver, for its progress estimate. */
    Sql keysetCount(Condition filter, Object changedAfter, Object changedUpTo) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM ").append(table.table());
        List<String> extra = new ArrayList<>();
        syncBounds(extra, params, changedAfter, changedUpTo);
        syncWhere(sql, filter, extra, params);
        return new Sql(sql.toString(), params);
    }

    /** The newest change timestamp among the filtered rows: the upper bound of an incremental pass. */
    Sql maxChange(Condition filter) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT MAX(").append(table.changeColumn()).append(") FROM ")
                .append(table.table());
        syncWhere(sql, filter, List.of(), params);
        return new Sql(sql.toString(), params);
    }

    private void syncBounds(List<String> extra, List<Object> boundParams, Object changedAfter, Object changedUpTo) {
        if (changedAfter != null) {
            extra.add(table.changeColumn() + " > ?");
            boundParams.add(changedAfter);
        }
        if (changedUpTo != null) {
            extra.add(table.changeColumn() + " <= ?");
            boundParams.add(changedUpTo);
        }
    }

    /** WHERE filter AND extra...; the extra conditions' parameters are already at the end of {@code params}. */
    private void syncWhere(StringBuilder sql, Condition filter, List<String> extra, List<Object> params) {
        List<Object> extraParams = new ArrayList<>(params);
        params.clear();
        where(sql, filter, params);
        boolean first = filter == null;
        for (String e : extra) {
            sql.append(first ? " WHERE " : " AND ").append(e);
            first = false;
        }
        params.addAll(extraParams);
    }
}
