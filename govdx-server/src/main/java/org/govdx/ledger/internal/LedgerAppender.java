package org.govdx.ledger.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.govdx.tlog.MerkleHasher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves facts from the outbox into the tree, a batch per transaction (group commit).
 *
 * <p>Each batch locks the single {@code ledger_state} row, reads the committed tree size there, takes
 * the oldest outbox rows, stores their leaves, the subtree hashes they complete and the new size,
 * and deletes the rows, all in one transaction. A crash anywhere rolls all of it back, and the next
 * batch starts from the stored size again: no gap, no duplicate. The lock makes instances sharing the
 * database take turns.
 */
@Component
public class LedgerAppender {

    /** Leaves written to the database per round of inserts inside a batch. */
    private static final int FLUSH_EVERY = 256;

    private final OutboxStore outbox;
    private final TreeStore tree;
    private final MerkleHasher hasher;
    private final TransactionTemplate tx;
    private final int batchSize;
    private volatile AppendHook hook = AppendHook.NONE;

    LedgerAppender(OutboxStore outbox, TreeStore tree, MerkleHasher hasher, PlatformTransactionManager transactions,
                   LedgerSettings settings) {
        this.outbox = outbox;
        this.tree = tree;
        this.hasher = hasher;
        this.tx = new TransactionTemplate(transactions);
        // statement-level snapshots: after waiting for the lock a batch must see what the previous one did
        this.tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.batchSize = settings.batchSize();
    }

    /** Replaces the hook called after each leaf (tests use it to crash a batch). */
    public void setHook(AppendHook hook) {
        this.hook = Objects.requireNonNull(hook);
    }

    /**
     * Appends batches until the outbox has no full batch left (or the thread is interrupted).
     *
     * @return the number of leaves appended
     */
    public long drain() {
        long total = 0;
        int appended;
        do {
            appended = appendBatch();
            total += appended;
        } while (appended == batchSize && !Thread.currentThread().isInterrupted());
        return total;
    }

    /**
     * Appends one batch of at most {@code govdx.ledger.batch-size} facts in one transaction.
     *
     * @return the number of leaves appended
     */
    public int appendBatch() {
        Integer appended = tx.execute(status -> {
            long size = tree.lockSize();
            List<OutboxStore.Row> rows = outbox.oldest(batchSize);
            if (rows.isEmpty()) {
                return 0;
            }
            Frontier frontier = Frontier.of(hasher, size, tree.hashes(Frontier.edgeIds(size)));
            List<TreeStore.Leaf> leaves = new ArrayList<>(FLUSH_EVERY);
            List<TreeStore.Node> nodes = new ArrayList<>(FLUSH_EVERY);
            List<Long> ids = new ArrayList<>(rows.size());
            int count = 0;
            for (OutboxStore.Row row : rows) {
                long index = frontier.size();
                byte[] leafHash = hasher.leafHash(row.record().data().getBytes(StandardCharsets.UTF_8));
                frontier.append(leafHash, (id, hash) -> nodes.add(new TreeStore.Node(id, hash)));
                leaves.add(new TreeStore.Leaf(index, row.record(), leafHash));
                ids.add(row.id());
                count++;
                if (leaves.size() == FLUSH_EVERY) {
                    flush(leaves, nodes);
                }
                hook.afterLeaf(index, count);
            }
            flush(leaves, nodes);
            outbox.remove(ids);
            tree.setSize(frontier.size());
            return count;
        });
        return appended == null ? 0 : appended;
    }

    private void flush(List<TreeStore.Leaf> leaves, List<TreeStore.Node> nodes) {
        tree.insertLeaves(leaves);
        tree.insertNodes(nodes);
        leaves.clear();
        nodes.clear();
    }
}
