package org.govdx.ledger.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import org.govdx.ledger.LedgerAuditReport;
import org.govdx.ledger.SignedCheckpoint;
import org.govdx.tlog.Checkpoint;
import org.govdx.tlog.MerkleHasher;
import org.springframework.stereotype.Component;

/**
 * The full audit: streams every stored leaf in index order (keyset pages, never the whole table in
 * memory), recomputes its leaf hash from its data, rebuilds the tree with a {@link Frontier}, compares
 * every subtree hash the rebuild completes with the stored one (proofs are served from those), and at
 * each checkpoint's size verifies the checkpoint's signature and compares its root. It stops at the
 * first problem, so the report names the first bad index.
 */
@Component
class TreeAudit {

    private static final int PAGE = 5000;
    private static final HexFormat HEX = HexFormat.of();

    private final TreeStore tree;
    private final CheckpointStore checkpoints;
    private final MerkleHasher hasher;
    private final LedgerVerifierKeys keys;
    private final String origin;

    TreeAudit(TreeStore tree, CheckpointStore checkpoints, MerkleHasher hasher, LedgerVerifierKeys keys,
              LedgerSettings settings) {
        this.tree = tree;
        this.checkpoints = checkpoints;
        this.hasher = hasher;
        this.keys = keys;
        this.origin = settings.origin();
    }

    LedgerAuditReport run() {
        long started = System.nanoTime();
        return new Run(tree.size(), started).execute();
    }

    /** One audit pass over a fixed tree size. */
    private final class Run {

        private final long size;
        private final long started;
        private final Frontier frontier = Frontier.empty(hasher);
        private final Deque<TreeStore.Node> nodes = new ArrayDeque<>();
        private final Deque<SignedCheckpoint> pendingCheckpoints = new ArrayDeque<>();
        private long lastNodeId = -1;
        private long loadedCheckpointSize = -1;
        private boolean checkpointsExhausted;
        private long verifiedSize;
        private long checkedEntries;
        private long checkedCheckpoints;
        private LedgerAuditReport failure;

        Run(long size, long started) {
            this.size = size;
            this.started = started;
        }

        LedgerAuditReport execute() {
            if (!checkpointsAt(0)) {
                return failure;
            }
            long next = 0;
            while (next < size) {
                var page = tree.leaves(next, size, PAGE);
                if (page.isEmpty()) {
                    return fail(next, null, "LEAF_MISSING", "leaf " + next + " is not stored");
                }
                for (TreeStore.StoredLeaf leaf : page) {
                    if (leaf.index() != next) {
                        return fail(next, null, "LEAF_MISSING", "leaf " + next + " is not stored");
                    }
                    byte[] leafHash = hasher.leafHash(leaf.data().getBytes(StandardCharsets.UTF_8));
                    if (!MessageDigest.isEqual(leafHash, leaf.leafHash())) {
                        return fail(next, null, "LEAF_HASH_MISMATCH", "leaf " + next
                                + ": the stored data hashes to " + HEX.formatHex(leafHash)
                                + " but the stored leaf hash is " + HEX.formatHex(leaf.leafHash()));
                    }
                    frontier.append(leafHash, this::compareNode);
                    if (failure != null) {
                        return failure;
                    }
                    next++;
                    checkedEntries = next;
                    if (!checkpointsAt(next)) {
                        return failure;
                    }
                }
            }
            TreeStore.Node extra = nextNode();
            if (extra != null) {
                return fail(NodeIds.firstLeaf(extra.id()), null, "NODE_MISMATCH",
                        "a stored subtree hash " + describe(extra.id()) + " does not belong to the tree");
            }
            var beyond = checkpoints.firstBeyond(size);
            if (beyond.isPresent()) {
                return fail(size, beyond.get().treeSize(), "CHECKPOINT_BEYOND_TREE", "a checkpoint signs "
                        + beyond.get().treeSize() + " leaves but only " + size + " are stored");
            }
            return new LedgerAuditReport(true, size, checkedEntries, checkedCheckpoints, null, null, null, null,
                    elapsed());
        }

        private void compareNode(long id, byte[] hash) {
            if (failure != null) {
                return;
            }
            TreeStore.Node stored = nextNode();
            if (stored == null || stored.id() > id) {
                if (stored != null) {
                    nodes.addFirst(stored);
                }
                fail(NodeIds.firstLeaf(id), null, "NODE_MISMATCH", "the stored hash of subtree "
                        + describe(id) + " is missing");
            } else if (stored.id() < id) {
                fail(NodeIds.firstLeaf(stored.id()), null, "NODE_MISMATCH", "a stored subtree hash "
                        + describe(stored.id()) + " does not belong to the tree");
            } else if (!MessageDigest.isEqual(stored.hash(), hash)) {
                fail(NodeIds.firstLeaf(id), null, "NODE_MISMATCH", "the stored hash of subtree " + describe(id)
                        + " differs from the one recomputed from the leaves");
            }
        }

        private SignedCheckpoint peekCheckpoint() {
            if (pendingCheckpoints.isEmpty() && !checkpointsExhausted) {
                var page = checkpoints.page(loadedCheckpointSize, size, 100);
                if (page.isEmpty()) {
                    checkpointsExhausted = true;
                } else {
                    pendingCheckpoints.addAll(page);
                    loadedCheckpointSize = page.get(page.size() - 1).treeSize();
                }
            }
            return pendingCheckpoints.peekFirst();
        }

        private TreeStore.Node nextNode() {
            if (nodes.isEmpty()) {
                var page = tree.nodes(lastNodeId, size << 6, PAGE);
                if (page.isEmpty()) {
                    return null;
                }
                nodes.addAll(page);
                lastNodeId = page.get(page.size() - 1).id();
            }
            return nodes.pollFirst();
        }

        /** Verifies the checkpoint of {@code treeSize} leaves, if one was signed; false on a problem. */
        private boolean checkpointsAt(long treeSize) {
            SignedCheckpoint checkpoint = peekCheckpoint();
            if (checkpoint == null || checkpoint.treeSize() != treeSize) {
                return true;
            }
            pendingCheckpoints.pollFirst();
            Checkpoint opened;
            try {
                opened = Checkpoint.open(checkpoint.note(), keys.verifier());
            } catch (RuntimeException e) {
                fail(null, treeSize, "CHECKPOINT_INVALID", "the checkpoint of tree size " + treeSize
                        + " does not verify with the ledger's current or previous keys: " + e.getMessage());
                return false;
            }
            if (opened.size() != treeSize || !opened.origin().equals(origin)) {
                fail(null, treeSize, "CHECKPOINT_INVALID", "the checkpoint stored for tree size " + treeSize
                        + " is signed for " + opened.origin() + " at size " + opened.size());
                return false;
            }
            if (!MessageDigest.isEqual(opened.rootHash(), frontier.root())) {
                fail(verifiedSize, treeSize, "ROOT_MISMATCH", "the leaves recompute to root "
                        + HEX.formatHex(frontier.root()) + " at tree size " + treeSize + " but the checkpoint signs "
                        + HEX.formatHex(opened.rootHash()) + ": a leaf in [" + verifiedSize + ", " + treeSize
                        + ") was changed together with its stored hashes");
                return false;
            }
            verifiedSize = treeSize;
            checkedCheckpoints++;
            return true;
        }

        private LedgerAuditReport fail(Long index, Long checkpointSize, String problem, String detail) {
            failure = new LedgerAuditReport(false, size, checkedEntries, checkedCheckpoints, index, checkpointSize,
                    problem, detail, elapsed());
            return failure;
        }

        private long elapsed() {
            return (System.nanoTime() - started) / 1_000_000;
        }
    }

    private static String describe(long id) {
        long first = NodeIds.firstLeaf(id);
        return "[" + first + ", " + (first + (1L << NodeIds.level(id))) + ")";
    }
}
