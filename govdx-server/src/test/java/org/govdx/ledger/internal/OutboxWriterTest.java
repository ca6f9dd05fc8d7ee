package org.govdx.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.govdx.ledger.LedgerTestSupport;
import org.govdx.ledger.TestFact;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** A fact lands in the outbox exactly when the transaction that published it commits. */
class OutboxWriterTest extends LedgerTestSupport {

    @Autowired
    PlatformTransactionManager transactions;

    private long outboxRows(String marker) {
        return jdbc.sql("SELECT COUNT(*) FROM ledger_outbox WHERE data LIKE ?").param("%\"" + marker + "\"%")
                .query(Long.class).single();
    }

    private long recorded(String marker) {
        return outboxRows(marker) + indexesOf(marker).size();
    }

    @Test
    void factsOfARolledBackChangeAreNeverRecorded() {
        String marker = "rollback-" + unique();
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            facts(marker, 3).forEach(events::publishEvent);
            throw new IllegalStateException("the business change failed");
        })).hasMessageContaining("failed");
        appender.drain();
        assertThat(recorded(marker)).isZero();
    }

    @Test
    void factsAreWrittenInsideThePublishersTransactionInOrder() {
        String marker = "inside-" + unique();
        tx.executeWithoutResult(status -> {
            facts(marker, 5).forEach(events::publishEvent);
            // not yet visible to anyone: written just before commit, with the change
            assertThat(outboxRows(marker)).isZero();
        });
        appender.drain();
        List<Long> indexes = indexesOf(marker);
        assertThat(indexes).hasSize(5);
        assertThat(jdbc.sql("SELECT data FROM ledger_leaf WHERE idx = ?").param(indexes.get(4)).query(String.class)
                .single()).contains("\"seq\":4");
    }

    @Test
    void anInnerRequiresNewTransactionKeepsItsOwnFacts() {
        String outer = "outer-" + unique();
        String inner = "inner-" + unique();
        TransactionTemplate requiresNew = new TransactionTemplate(transactions);
        requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            events.publishEvent(facts(outer, 1).get(0));
            // like AuditLog.record: committed on its own even though the caller fails afterwards
            requiresNew.executeWithoutResult(s -> events.publishEvent(facts(inner, 1).get(0)));
            events.publishEvent(facts(outer, 2).get(1));
            throw new IllegalStateException("outer fails");
        })).hasMessageContaining("outer fails");
        appender.drain();
        assertThat(recorded(inner)).isEqualTo(1);
        assertThat(recorded(outer)).isZero();
    }

    @Test
    void aFactThatCannotBeStoredFailsThePublisher() {
        String marker = "invalid-" + unique();
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            events.publishEvent(facts(marker, 1).get(0));
            events.publishEvent(new TestFact(null, Instant.now(), "x", null, Map.of()));
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("type");
        assertThatThrownBy(() -> publish(List.of(new TestFact("T", Instant.now(), "x", null,
                Map.of("id", 1L << 60))))).isInstanceOf(IllegalArgumentException.class);
        appender.drain();
        assertThat(recorded(marker)).isZero();
    }

    @Test
    void aFactPublishedOutsideATransactionIsWrittenAtOnce() {
        String marker = "alone-" + unique();
        events.publishEvent(facts(marker, 1).get(0));
        assertThat(recorded(marker)).isEqualTo(1);
    }
}
