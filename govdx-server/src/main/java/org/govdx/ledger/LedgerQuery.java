package org.govdx.ledger;

import java.time.Instant;

/**
 * Filters of an entry search; null or blank means any.
 *
 * @param type  exact fact type
 * @param org   exact org code
 * @param actor exact username
 * @param key   a business key value the fact carries (resource code, application number, target, ...)
 * @param from  facts that happened at or after
 * @param to    facts that happened before
 */
public record LedgerQuery(String type, String org, String actor, String key, Instant from, Instant to) {
}
