package org.govdx.tlog;

import java.util.Objects;

/**
 * The right edge of a Merkle tree (a compact range from 0): for each set bit {@code k} of the tree
 * size, the root of the complete subtree of {@code 2^k} leaves the tree ends with. That is all an
 * append needs, so a tree of any size is rebuilt from its leaves in constant memory (at most 64
 * hashes), for example to audit a log against its checkpoints.
 *
 * <p>Not thread-safe.
 */
public final class MerkleFrontier {

    private final MerkleHasher hasher;
    private final byte[][] edge = new byte[64][];
    private long size;

    /** Creates the frontier of the empty tree. */
    public MerkleFrontier(MerkleHasher hasher) {
        this.hasher = Objects.requireNonNull(hasher, "hasher");
    }

    /** Appends one leaf by its leaf hash ({@link MerkleHasher#leafHash}). */
    public void append(byte[] leafHash) {
        if (leafHash.length != hasher.hashSize()) {
            throw new IllegalArgumentException("leaf hash has " + leafHash.length + " bytes, expected "
                    + hasher.hashSize());
        }
        byte[] node = leafHash.clone();
        int level = 0;
        // every trailing 1-bit of the old size is a complete left sibling waiting for this subtree
        while ((size >>> level & 1) == 1) {
            node = hasher.nodeHash(edge[level], node);
            edge[level] = null;
            level++;
        }
        edge[level] = node;
        size++;
    }

    /** Returns the number of leaves appended. */
    public long size() {
        return size;
    }

    /** Returns the root hash {@code MTH(D[0:size])}; the empty tree's hash for size 0. */
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
        return root.clone();
    }
}
