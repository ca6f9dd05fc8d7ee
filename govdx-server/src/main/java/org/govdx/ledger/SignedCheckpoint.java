package org.govdx.ledger;

import java.time.Instant;

/**
 * A checkpoint of the ledger as signed by the platform: the C2SP signed note
 * ({@code <origin>\n<size>\n<base64 root>\n\n— <key name> <signature>\n}) and its parts.
 *
 * @param treeSize the number of leaves it commits to
 * @param rootHash the tree's root hash, lower-case hex
 * @param signedAt when it was signed
 * @param note     the signed note text, as served at {@code GET /api/v1/ledger/checkpoint}
 */
public record SignedCheckpoint(long treeSize, String rootHash, Instant signedAt, String note) {
}
