package org.govdx.ledger.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code ledger_outbox} table: facts written with their business change, waiting for the appender. */
@Repository
class OutboxStore {

    /** One waiting fact. */
    record Row(long id, LeafRecord record) {
    }

    private static final int DELETE_CHUNK = 500;
    private final JdbcTemplate jdbc;
    private final MultiRowInsert inserts;

    OutboxStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.inserts = new MultiRowInsert(jdbc);
    }

    /** Adds facts, in this order, in the caller's transaction. */
    void add(List<LeafRecord> records) {
        inserts.insert("ledger_outbox", "type, occurred_at, actor, org_code, data, search_keys", 6, records,
                (ps, i, r) -> {
                    ps.setString(i, r.type());
                    ps.setTimestamp(i + 1, Timestamp.from(r.occurredAt()));
                    MultiRowInsert.setText(ps, i + 2, r.actor());
                    MultiRowInsert.setText(ps, i + 3, r.orgCode());
                    ps.setString(i + 4, r.data());
                    MultiRowInsert.setText(ps, i + 5, LeafRecord.joinKeys(r.searchKeys()));
                });
    }

    /** The oldest waiting facts, in order. */
    List<Row> oldest(int limit) {
        return jdbc.query("""
                SELECT id, type, occurred_at, actor, org_code, data, search_keys
                FROM ledger_outbox ORDER BY id LIMIT ?""", (rs, n) -> {
            return new Row(rs.getLong("id"), new LeafRecord(rs.getString("type"),
                    rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("org_code"),
                    rs.getString("data"), LeafRecord.splitKeys(rs.getString("search_keys"))));
        }, limit);
    }

    /**
     * Removes appended rows by id. Never by range: a row with a lower id may commit after the batch
     * was read, and a range delete would drop it unappended.
     */
    void remove(List<Long> ids) {
        for (int from = 0; from < ids.size(); from += DELETE_CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + DELETE_CHUNK));
            jdbc.update("DELETE FROM ledger_outbox WHERE id IN (" + MultiRowInsert.placeholders(chunk.size()) + ")",
                    new ArrayList<Object>(chunk).toArray());
        }
    }
}
