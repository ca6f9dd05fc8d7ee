package org.govdx.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the search index {@code ledger_key} from the appended leaves' key values, behind the appender.
 *
 * <p>The key index is derived data: nothing in the tree, the proofs or the audit depends on it, so it is
 * kept off the append path (each key row is a random B-tree insert, the most expensive write an append
 * would otherwise make). Each batch locks the single {@code ledger_search_state} row, indexes the next
 * committed leaves and advances {@code indexed_size} in one transaction: crash-safe without gaps or
 * duplicates, and instances take turns, like the appender but on their own lock.
 */
@Component
public class SearchIndexer {

    private static final int BATCH = 5000;

    private final JdbcTemplate jdbc;
    private final MultiRowInsert inserts;
    private final TransactionTemplate tx;

    SearchIndexer(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.inserts = new MultiRowInsert(jdbc);
        this.tx = new TransactionTemplate(transactions);
        this.tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /**
     * Indexes every leaf appended so far.
     *
     * @return the number of leaves indexed
     */
    public long catchUp() {
        long total = 0;
        int indexed;
        do {
            indexed = indexBatch();
            total += indexed;
        } while (indexed == BATCH && !Thread.currentThread().isInterrupted());
        return total;
    }

    /** Indexes the next batch of appended leaves in one transaction; returns how many. */
    int indexBatch() {
        Integer indexed = tx.execute(status -> {
            long from = jdbc.queryForObject("SELECT indexed_size FROM ledger_search_state WHERE id = 1 FOR UPDATE",
                    Long.class);
            long treeSize = jdbc.queryForObject("SELECT tree_size FROM ledger_state WHERE id = 1", Long.class);
            long to = Math.min(treeSize, from + BATCH);
            if (to <= from) {
                return 0;
            }
            List<long[]> keys = new ArrayList<>();
            jdbc.query("SELECT idx, search_keys FROM ledger_leaf WHERE idx >= ? AND idx < ? AND search_keys IS NOT NULL",
                    rs -> {
                        long idx = rs.getLong(1);
                        for (String key : LeafRecord.splitKeys(rs.getString(2))) {
                            keys.add(new long[] {KeyHash.of(key), idx});
                        }
                    }, from, to);
            inserts.insert("ledger_key", "key_hash, idx", 2, keys, (ps, i, key) -> {
                ps.setLong(i, key[0]);
                ps.setLong(i + 1, key[1]);
            });
            jdbc.update("UPDATE ledger_search_state SET indexed_size = ? WHERE id = 1", to);
            return (int) (to - from);
        });
        return indexed == null ? 0 : indexed;
    }

    /** How many leaves the index covers. */
    public long indexedSize() {
        return jdbc.queryForObject("SELECT indexed_size FROM ledger_search_state WHERE id = 1", Long.class);
    }
}
