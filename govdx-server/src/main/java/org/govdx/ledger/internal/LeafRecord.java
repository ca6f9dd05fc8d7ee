package org.govdx.ledger.internal;

import java.time.Instant;
import java.util.List;

/**
 * A fact as the ledger stores it: the leaf data (canonical JSON) and the columns repeated from it
 * for search.
 *
 * @param type       event type
 * @param occurredAt when it happened (millisecond precision, as in the data)
 * @param actor      username or {@code system}, may be null
 * @param orgCode    the actor's org code, may be null
 * @param data       the canonical JSON text that is hashed into the tree
 * @param searchKeys the values of the fact's keys that the search finds it by
 */
record LeafRecord(String type, Instant occurredAt, String actor, String orgCode, String data,
                  List<String> searchKeys) {

    /** The stored form of the search keys: one a line, null for none. */
    static String joinKeys(List<String> keys) {
        return keys.isEmpty() ? null : String.join("\n", keys);
    }

    /** Reads {@link #joinKeys}. */
    static List<String> splitKeys(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }
}
