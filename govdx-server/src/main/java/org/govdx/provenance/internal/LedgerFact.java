package org.govdx.provenance.internal;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * A fact as the ledger recorded it: leaf index and hash, and the members of its canonical JSON data.
 *
 * @param keys the {@code keys} object of the data (business keys of the fact)
 */
record LedgerFact(long index, String type, Instant time, String actor, String org, JsonNode keys,
                  String leafHash) {

    /** A key's text, or null when absent or null. */
    String text(String key) {
        JsonNode value = keys.get(key);
        return value == null || value.isNull() ? null : value.asString();
    }

    /** A numeric key's value, or null when absent or not a number. */
    Long number(String key) {
        JsonNode value = keys.get(key);
        return value != null && value.isIntegralNumber() ? value.longValue() : null;
    }
}
