package org.govdx.ledger.internal;

import java.util.Map;
import org.govdx.tlog.MerkleHasher;

/**
 * The right edge of a Merkle tree: for each set bit {@code k} of the tree size, the hash of the
 * complete subtree of {@code 2^k} leaves it ends with. That is all an append needs (at most 64
 * hashes), so the appender and the audit stream through any number of leaves in constant memory.
 *
 * <p>Public for the ledger bench's bulk loader only; other modules must not use it.
 */
public final class Frontier {

    /** Receives each complete subtree an append finishes, level 1 upwards. */
    @FunctionalInterface
    public interface NodeSink {
        void completed(long nodeId, byte[] hash);
    }

    private final MerkleHasher hasher;
    private final byte[][] edge = new byte[64][];
    private long size;

    private Frontier(MerkleHasher hasher, long size) {
        this.hasher = hasher;
        this.size = size;
    }

    /** The frontier of the empty tree. */
    public static Frontier empty(MerkleHasher hasher) {
        return new Frontier(hasher, 0);
    }

    /** Keys of the stored subtrees a frontier of {@code size} leaves is made of (see {@link #of}). */
    public static long[] edgeIds(long size) {
        long[] ids = new long[Long.bitCount(size)];
        int i = 0;
        for (int k = 0; k < 64; k++) {
            if ((size >>> k & 1) == 1) {
                ids[i++] = NodeIds.id(k, (size >>> k) - 1);
            }
        }
        return ids;
    }

    /**
     * Rebuilds the frontier of a stored tree of {@code size} leaves.
     *
     * @param hashes stored hashes by key, containing at least {@link #edgeIds(long)}
     * @throws IllegalStateException if one is missing
     */
    public static Frontier of(MerkleHasher hasher, long size, Map<Long, byte[]> hashes) {
        Frontier frontier = new Frontier(hasher, size);
        for (long id : edgeIds(size)) {
            byte[] hash = hashes.get(id);
            if (hash == null) {
                throw new IllegalStateException("stored subtree hash " + id + " of the tree's right edge is missing");
            }
            frontier.edge[NodeIds.level(id)] = hash;
        }
        return frontier;
    }

    /** Appends a leaf hash, reporting each subtree it completes. */
    public void append(byte[] leafHash, NodeSink sink) {
        long index = size;
        byte[] node = leafHash;
        int level = 0;
        // every trailing 1-bit of the old size is a left sibling waiting for this leaf's subtree
        while ((index >>> level & 1) == 1) {
            node = hasher.nodeHash(edge[level], node);
            edge[level] = null;
            level++;
            sink.completed(NodeIds.id(level, index >>> level), node);
        }
        edge[level] = node;
        size++;
    }

    /** The number of leaves. */
    public long size() {
        return size;
    }

    /** The root hash {@code MTH(D[0:size])}. */
    public byte[] root() {
        if (size == 0) {
            return hasher.emptyRoot();
        }
        byte[] root = null;
        for (int k = 0; k < 64; k++) {
            if ((size >>> k & 1) == 1) {
                root = root == null ? edge[k] : hasher.nodeHash(edge[k], root);
            }
        }
        return root;
    }
}
