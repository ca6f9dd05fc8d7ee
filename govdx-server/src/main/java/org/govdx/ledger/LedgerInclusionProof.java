package org.govdx.ledger;

import java.util.List;

/**
 * An inclusion proof in the JSON form the {@code govdx-ledger} CLI reads.
 *
 * @param index    the leaf index
 * @param treeSize the tree size it is for
 * @param hashes   the RFC 9162 inclusion path from the leaf up, lower-case hex
 */
public record LedgerInclusionProof(long index, long treeSize, List<String> hashes) {
}
