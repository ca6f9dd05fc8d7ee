package org.govdx.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.govdx.IntegrationTest;
import org.govdx.common.LedgerFact;
import org.govdx.ledger.internal.CheckpointSigner;
import org.govdx.ledger.internal.LedgerAppender;
import org.govdx.ledger.internal.SearchIndexer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Helpers of the ledger's integration tests: publish facts as a module would, and run the appender and
 * the signer now instead of waiting for their schedule.
 */
public abstract class LedgerTestSupport extends IntegrationTest {

    @Autowired
    protected ApplicationEventPublisher events;
    @Autowired
    protected TransactionTemplate tx;
    @Autowired
    protected LedgerAppender appender;
    @Autowired
    protected CheckpointSigner signer;
    @Autowired
    protected SearchIndexer indexer;
    @Autowired
    protected JdbcClient jdbc;

    /** Publishes facts in one transaction, as a business change would. */
    protected void publish(List<? extends LedgerFact> facts) {
        tx.executeWithoutResult(status -> facts.forEach(events::publishEvent));
    }

    /** {@code count} facts of type TEST_FACT carrying {@code marker} and a sequence number. */
    protected static List<TestFact> facts(String marker, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new TestFact("TEST_FACT", Instant.now(), "gaj_user", "ZW-GAJ",
                        Map.of("marker", marker, "seq", i)))
                .toList();
    }

    /** Appends everything waiting, indexes it for search and signs a checkpoint over it. */
    protected void appendAndSign() {
        appender.drain();
        indexer.catchUp();
        signer.signIfGrown();
    }

    /** The leaf indexes of the facts carrying a key value (a JSON string in their data), ascending. */
    protected List<Long> indexesOf(String keyValue) {
        return jdbc.sql("SELECT idx FROM ledger_leaf WHERE data LIKE ? ORDER BY idx").param("%\"" + keyValue + "\"%")
                .query(Long.class).list();
    }
}
