package org.govdx.ledger.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.govdx.common.LedgerFact;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes every published {@link LedgerFact} into the outbox inside the publisher's transaction: the
 * fact commits or rolls back with the change it records. The listener is synchronous; it turns the fact
 * into its leaf data at once (so a fact that cannot be stored fails the publisher's call), collects
 * the facts of one transaction and writes them just before that transaction commits, in one multi-row
 * insert, still inside it. A publisher without a transaction gets the row written at once.
 */
@Component
class OutboxWriter {

    private final OutboxStore outbox;
    private final Clock clock;

    OutboxWriter(OutboxStore outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @EventListener
    void record(LedgerFact fact) {
        LeafRecord record = LeafFormat.of(fact, clock.instant());
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            outbox.add(List.of(record));
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.add(record);
    }

    /** The facts of one transaction, written before it commits. */
    private final class Pending implements TransactionSynchronization {

        private final List<LeafRecord> records = new ArrayList<>();
        private boolean written;

        void add(LeafRecord record) {
            if (written) {
                // published by another synchronization's beforeCommit: still inside the transaction
                outbox.add(List.of(record));
            } else {
                records.add(record);
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            // a failure here rolls the publisher's transaction back: no change without its record
            written = true;
            outbox.add(records);
            records.clear();
        }

        // an inner REQUIRES_NEW transaction suspends this one: its facts must not join this buffer
        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(OutboxWriter.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(OutboxWriter.this, this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(OutboxWriter.this);
        }
    }
}
