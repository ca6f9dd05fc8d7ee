package org.govdx.ledger;

import java.time.Instant;

/**
 * A search hit: the entry with the members an auditor filters by.
 *
 * @param index    the leaf index
 * @param type     the fact type, e.g. {@code ADMIN_OPERATION}
 * @param time     when the fact happened
 * @param actor    username of the actor, may be null
 * @param org      code of the actor's org, may be null
 * @param data     the canonical JSON that is the leaf
 * @param leafHash the leaf hash, lower-case hex
 */
public record LedgerEntrySummary(long index, String type, Instant time, String actor, String org, String data,
                                 String leafHash) {
}
