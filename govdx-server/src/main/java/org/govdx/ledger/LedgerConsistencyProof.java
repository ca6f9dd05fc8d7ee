package org.govdx.ledger;

import java.util.List;

/**
 * A consistency proof in the JSON form the {@code govdx-ledger} CLI reads.
 *
 * @param from   the old tree size
 * @param to     the new tree size
 * @param hashes the RFC 9162 consistency proof, lower-case hex
 */
public record LedgerConsistencyProof(long from, long to, List<String> hashes) {
}
