package org.govdx.ledger;

/**
 * What a ledger audit found.
 *
 * @param ok                 true when every leaf, stored subtree hash and checkpoint checked out
 * @param treeSize           the stored tree size the audit covered
 * @param checkedEntries     leaves recomputed and found matching before the audit stopped
 * @param checkedCheckpoints checkpoints whose signature and root were verified
 * @param firstBadIndex      the first leaf index that no longer matches (for {@code ROOT_MISMATCH} the
 *                           size of the last verified checkpoint: the bad leaf is at or after it); null
 *                           when ok or when a checkpoint itself is bad
 * @param checkpointSize     the tree size of the checkpoint a problem concerns, else null
 * @param problem            null when ok, else {@code LEAF_MISSING}, {@code LEAF_HASH_MISMATCH},
 *                           {@code NODE_MISMATCH}, {@code ROOT_MISMATCH}, {@code CHECKPOINT_INVALID} or
 *                           {@code CHECKPOINT_BEYOND_TREE}
 * @param detail             a technical description of the problem (English), null when ok
 * @param millis             how long the audit took
 */
public record LedgerAuditReport(boolean ok, long treeSize, long checkedEntries, long checkedCheckpoints,
                                Long firstBadIndex, Long checkpointSize, String problem, String detail,
                                long millis) {
}
