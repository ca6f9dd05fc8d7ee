package org.govdx.ledger.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govdx.common.LedgerFact;

/**
 * Turns a {@link LedgerFact} into leaf data: the canonical JSON (RFC 8785) object
 * {@code {"actor","keys","org","time","type"}}, time as ISO-8601 UTC with milliseconds
 * ({@code 2026-05-01T08:30:00.000Z}).
 */
final class LeafFormat {

    static final int MAX_DATA = 100_000;
    private static final int MAX_KEY_VALUE = 200;
    private static final int MAX_KEYS_TEXT = 4000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private LeafFormat() {
    }

    /**
     * The stored form of a fact.
     *
     * @throws IllegalArgumentException if the fact lacks a type, a field is too long or a key value has
     *     no canonical JSON form; the publisher's transaction then fails, so no change goes unrecorded
     */
    static LeafRecord of(LedgerFact fact, Instant now) {
        String type = fact.type();
        if (type == null || type.isBlank() || type.length() > 64) {
            throw new IllegalArgumentException("a ledger fact needs a type of at most 64 characters: " + type);
        }
        check(fact.actor(), 64, "actor");
        check(fact.orgCode(), 32, "orgCode");
        Instant time = (fact.occurredAt() != null ? fact.occurredAt() : now).truncatedTo(ChronoUnit.MILLIS);
        Map<String, Object> keys = fact.keys() == null ? Map.of() : fact.keys();
        Map<String, Object> leaf = new LinkedHashMap<>();
        leaf.put("type", type);
        leaf.put("time", TIME.format(time));
        leaf.put("actor", fact.actor());
        leaf.put("org", fact.orgCode());
        leaf.put("keys", keys);
        String data = CanonicalJson.write(leaf);
        if (data.length() > MAX_DATA) {
            throw new IllegalArgumentException("ledger fact " + type + " is " + data.length()
                    + " characters as JSON, more than " + MAX_DATA);
        }
        return new LeafRecord(type, time, fact.actor(), fact.orgCode(), data, searchKeys(keys));
    }

    /**
     * The key values a search finds the fact by: the strings (codes, numbers of applications, request
     * ids, targets) of at most 200 characters; numbers and booleans are quantities, not keys.
     */
    static List<String> searchKeys(Map<String, Object> keys) {
        Set<String> values = new LinkedHashSet<>();
        int length = 0;
        for (Object value : keys.values()) {
            String text = value instanceof CharSequence s ? s.toString() : null;
            if (text == null || text.isBlank() || text.indexOf('\n') >= 0 || text.length() > MAX_KEY_VALUE) {
                continue;
            }
            if (length + text.length() + 1 > MAX_KEYS_TEXT) {
                break;
            }
            if (values.add(text)) {
                length += text.length() + 1;
            }
        }
        return new ArrayList<>(values);
    }

    private static void check(String value, int max, String what) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException("ledger fact " + what + " is longer than " + max + ": " + value);
        }
    }
}
