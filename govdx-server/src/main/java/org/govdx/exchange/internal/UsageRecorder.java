package org.govdx.exchange.internal;

import org.govdx.exchange.UsageRecorded;
import org.govdx.exchange.UsageView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes usage records: the row and its ledger fact in one transaction, before any data of the call
 * leaves the platform (a failure here fails the call).
 */
@Component
public class UsageRecorder {

    private final UsageStore store;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    UsageRecorder(UsageStore store, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.store = store;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Writes the record and its ledger fact, once. */
    public void record(UsageDraft d) {
        if (d.written) {
            return;
        }
        long latency = d.latencyMs();
        tx.executeWithoutResult(status -> {
            long id = store.insert(d, latency);
            events.publishEvent(new UsageRecorded(view(id, d, latency), actor(d), d.consumerOrgCode));
        });
        d.written = true;
    }

    /**
     * Opens the record of a streamed export before its first row (status 200, code {@code STREAMING});
     * {@link #completeStream} fills in rows and bytes and records the ledger fact.
     */
    void openStream(UsageDraft d) {
        store.insert(d, d.latencyMs());
        d.written = true;
    }

    void completeStream(UsageDraft d) {
        long latency = d.latencyMs();
        tx.executeWithoutResult(status -> {
            store.complete(d.requestId, d.rows, d.bytes, d.status, d.code, latency);
            UsageView view = store.find(d.requestId).orElseThrow();
            events.publishEvent(new UsageRecorded(view, actor(d), d.consumerOrgCode));
        });
    }

    private static String actor(UsageDraft d) {
        if (d.syncJobId != null) {
            return "sync-job:" + d.syncJobId;
        }
        return d.appKey == null ? "anonymous" : "app:" + d.appKey;
    }

    private static UsageView view(long id, UsageDraft d, long latency) {
        return new UsageView(id, d.requestId, d.at, d.operation, d.appId, d.appKey, d.consumerOrgId,
                d.consumerOrgCode, d.providerOrgId, d.entryId, d.resourceCode, d.grantId, d.syncJobId, d.endUser,
                d.items, d.filter, d.rows, d.bytes, d.status, d.code, latency, d.clientIp, d.contentHash);
    }
}
