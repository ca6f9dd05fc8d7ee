package org.govdx.ledger;

import java.time.Instant;
import java.util.Map;
import org.govdx.common.LedgerFact;

/** A ledger fact as any module would publish one. */
public record TestFact(String type, Instant occurredAt, String actor, String orgCode, Map<String, Object> keys)
        implements LedgerFact {
}
