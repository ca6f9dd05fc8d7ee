package org.govdx.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.govdx.ledger.Ledger;
import org.govdx.ledger.LedgerQuery;
import org.govdx.ledger.LedgerTestSupport;
import org.govdx.common.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The search index follows the tree: every key of every appended leaf once, whoever indexes. */
class SearchIndexerTest extends LedgerTestSupport {

    @Autowired
    Ledger ledger;
    @Autowired
    TreeStore tree;

    private long found(String key) {
        return ledger.search(new LedgerQuery(null, null, null, key, null, null), new PageRequest(0, 10)).totalElements();
    }

    @Test
    void keysBecomeSearchableOnceIndexedAndSeveralIndexersTakeTurns() throws Exception {
        String marker = "indexed-" + unique();
        for (int i = 0; i < 3; i++) {
            publish(facts(marker, 4000));
        }
        appender.drain();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Long>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(pool.submit(indexer::catchUp));
            }
            for (Future<Long> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(found(marker)).isEqualTo(12_000);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_key WHERE key_hash = ?").param(KeyHash.of(marker))
                .query(Long.class).single()).as("each key once").isEqualTo(12_000);
        assertThat(indexer.indexedSize()).isLessThanOrEqualTo(tree.size());
    }

    @Test
    void aKeyValueIsMatchedExactlyNotAsASubstringOrCollision() {
        String marker = "exact-" + unique();
        publish(facts(marker, 1));
        publish(facts(marker + "_longer", 1));
        appendAndSign();
        assertThat(found(marker)).isEqualTo(1);
        assertThat(found(marker.substring(0, marker.length() - 1))).isZero();
        // a row whose hash matches but whose data does not carry the value is not a hit
        long index = indexesOf(marker + "_longer").get(0);
        jdbc.sql("INSERT INTO ledger_key (key_hash, idx) VALUES (?, ?)").params(KeyHash.of(marker), index).update();
        assertThat(found(marker)).isEqualTo(1);
    }
}
