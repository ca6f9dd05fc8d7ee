package org.govdx.ledger.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.govdx.ledger.LedgerEntry;
import org.govdx.ledger.LedgerEntrySummary;
import org.govdx.ledger.LedgerQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads entries for the API: one by index, or a filtered page, newest first. */
@Repository
class EntryStore {

    private static final HexFormat HEX = HexFormat.of();
    private final JdbcClient jdbc;

    EntryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<LedgerEntry> entry(long index) {
        return jdbc.sql("SELECT idx, data, leaf_hash FROM ledger_leaf WHERE idx = ?")
                .param(index)
                .query((rs, n) -> new LedgerEntry(rs.getLong(1), rs.getString(2), HEX.formatHex(rs.getBytes(3))))
                .optional();
    }

    /** Entries of the committed tree matching every given filter; {@code treeSize} bounds the count. */
    PageResponse<LedgerEntrySummary> search(LedgerQuery q, PageRequest page, long treeSize) {
        StringBuilder where = new StringBuilder(" WHERE l.idx < ?");
        List<Object> params = new ArrayList<>();
        params.add(treeSize);
        boolean filtered = false;
        String from = " FROM ledger_leaf l";
        if (present(q.type())) {
            where.append(" AND l.type = ?");
            params.add(q.type().trim());
            filtered = true;
        }
        if (present(q.org())) {
            where.append(" AND l.org_code = ?");
            params.add(q.org().trim());
            filtered = true;
        }
        if (present(q.actor())) {
            where.append(" AND l.actor = ?");
            params.add(q.actor().trim());
            filtered = true;
        }
        if (present(q.key())) {
            // the hash finds the candidates (driving the join from its index); the value itself, as a JSON
            // string in the data, confirms them
            from = " FROM ledger_key k JOIN ledger_leaf l ON l.idx = k.idx";
            where.append(" AND k.key_hash = ? AND l.data LIKE ?");
            params.add(KeyHash.of(q.key().trim()));
            params.add("%" + escapeLike(CanonicalJson.write(q.key().trim())) + "%");
            filtered = true;
        }
        if (q.from() != null) {
            where.append(" AND l.occurred_at >= ?");
            params.add(Timestamp.from(q.from()));
            filtered = true;
        }
        if (q.to() != null) {
            where.append(" AND l.occurred_at < ?");
            params.add(Timestamp.from(q.to()));
            filtered = true;
        }
        // unfiltered, the count is the tree size: no need to count millions of rows
        long total = filtered
                ? jdbc.sql("SELECT COUNT(*)" + from + where).params(params).query(Long.class).single()
                : treeSize;
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        List<LedgerEntrySummary> content = jdbc.sql("SELECT l.idx, l.type, l.occurred_at, l.actor, l.org_code, l.data, l.leaf_hash"
                        + from + where + " ORDER BY l.idx DESC LIMIT ? OFFSET ?")
                .params(pageParams)
                .query((rs, n) -> new LedgerEntrySummary(rs.getLong("idx"), rs.getString("type"),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("org_code"),
                        rs.getString("data"), HEX.formatHex(rs.getBytes("leaf_hash"))))
                .list();
        return new PageResponse<>(content, page.page(), page.size(), total);
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
