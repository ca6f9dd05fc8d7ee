package org.govdx.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.govdx.ledger.LedgerTestSupport;
import org.govdx.tlog.MerkleHasher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/** The appender is killed mid-batch, or raced by other instances: the tree ends up whole either way. */
class LedgerAppenderCrashTest extends LedgerTestSupport {

    @Autowired
    OutboxStore outbox;
    @Autowired
    TreeStore tree;
    @Autowired
    MerkleHasher hasher;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    TreeAudit audit;

    @AfterEach
    void noMoreCrashes() {
        appender.setHook(AppendHook.NONE);
    }

    @Test
    void aBatchKilledAfterSomeLeavesLeavesNoTraceAndTheNextRunAppendsEachFactOnce() {
        String marker = "crash-" + unique();
        AtomicBoolean crashed = new AtomicBoolean();
        AtomicLong writtenBeforeCrash = new AtomicLong();
        appender.setHook((index, inBatch) -> {
            if (inBatch == 300 && crashed.compareAndSet(false, true)) {
                // inside the batch's transaction: the first 256 leaves are already written
                writtenBeforeCrash.set(jdbc.sql("SELECT COUNT(*) FROM ledger_leaf WHERE idx > ? AND idx <= ?")
                        .params(index - inBatch, index).query(Long.class).single());
                throw new IllegalStateException("appender killed after " + inBatch + " leaves");
            }
        });
        publish(facts(marker, 600));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!crashed.get() && System.nanoTime() < deadline) {
            try {
                appender.drain();
            } catch (IllegalStateException killed) {
                assertThat(killed).hasMessageContaining("killed");
            }
        }
        assertThat(crashed).as("the hook killed a batch").isTrue();
        assertThat(writtenBeforeCrash.get()).isEqualTo(256);
        appender.setHook(AppendHook.NONE);

        appender.drain();
        assertWhole(marker, 600);
    }

    @Test
    void severalAppendersOnOneDatabaseTakeTurns() throws Exception {
        String marker = "race-" + unique();
        for (int i = 0; i < 4; i++) {
            publish(facts(marker + "-" + i, 500));
        }
        // three instances with small batches, and the scheduled one, all at once
        LedgerSettings small = new LedgerSettings("govdx.local/ledger", Duration.ofSeconds(5), Duration.ofMillis(200),
                37, null, true, List.of());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Long>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                LedgerAppender instance = new LedgerAppender(outbox, tree, hasher, transactions, small);
                runs.add(pool.submit(instance::drain));
            }
            for (Future<Long> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        appender.drain();
        for (int i = 0; i < 4; i++) {
            assertWhole(marker + "-" + i, 500);
        }
    }

    /** Each marked fact is in the tree exactly once, in publishing order, and the tree has no gap. */
    private void assertWhole(String marker, int count) {
        List<Long> indexes = indexesOf(marker);
        assertThat(indexes).hasSize(count);
        List<Integer> seqs = new ArrayList<>();
        for (long index : indexes) {
            String data = jdbc.sql("SELECT data FROM ledger_leaf WHERE idx = ?").param(index).query(String.class).single();
            seqs.add(Integer.parseInt(data.replaceAll(".*\"seq\":(\\d+).*", "$1")));
        }
        assertThat(seqs).as("publishing order").isSorted().doesNotHaveDuplicates();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_outbox WHERE data LIKE ?").param("%\"" + marker + "\"%")
                .query(Long.class).single()).isZero();

        // one statement, one snapshot: the scheduled appender may be adding a batch meanwhile
        var counts = jdbc.sql("SELECT (SELECT tree_size FROM ledger_state WHERE id = 1) AS size, "
                + "(SELECT COUNT(*) FROM ledger_leaf) AS leaves, (SELECT MAX(idx) FROM ledger_leaf) AS last")
                .query().singleRow();
        long size = ((Number) counts.get("size")).longValue();
        assertThat(((Number) counts.get("leaves")).longValue()).as("no duplicate, no gap").isEqualTo(size);
        assertThat(((Number) counts.get("last")).longValue()).isEqualTo(size - 1);
        var report = audit.run();
        assertThat(report.ok()).as(report.toString()).isTrue();
    }
}
