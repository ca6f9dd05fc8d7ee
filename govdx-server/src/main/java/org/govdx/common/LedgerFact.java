package org.govdx.common;

import java.time.Instant;
import java.util.Map;

/**
 * A business fact that must land in the tamper-evident ledger: who did what to which business
 * object, when. Modules publish their events implementing this interface inside the transaction
 * of the change; the ledger writes them to its outbox in that same transaction.
 */
public interface LedgerFact {

    /** Stable event type, e.g. {@code CATALOG_ENTRY_PUBLISHED}. */
    String type();

    /** When the change happened. */
    Instant occurredAt();

    /** Username of the actor, or {@code system}. */
    String actor();

    /** Code of the actor's org, if any. */
    String orgCode();

    /** Business keys and facts of the change (resource code, application number, …); JSON-serialisable values. */
    Map<String, Object> keys();
}
