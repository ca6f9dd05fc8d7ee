package org.govdx.ledger.internal;

import java.nio.charset.StandardCharsets;

/**
 * The 64-bit FNV-1a hash of a key value's UTF-8 bytes, the index key of {@code ledger_key}. Not a
 * security measure: a search re-checks the value in the entry's data, so a collision costs nothing.
 */
final class KeyHash {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private KeyHash() {
    }

    static long of(String value) {
        long hash = OFFSET;
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= PRIME;
        }
        return hash;
    }
}
