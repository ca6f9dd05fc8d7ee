package org.govdx.tlog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An append-only Merkle tree held in memory, for tests, tools and small logs.
 *
 * <p>It stores the hash of every complete, aligned subtree (level {@code k} holds the subtrees of
 * {@code 2^k} leaves), which is the layout a database-backed {@link SubtreeHashes} is expected to use;
 * a range that is not such a subtree is combined from the stored ones in {@code O(log n)} hashes.
 *
 * <p>Not thread-safe: guard concurrent appends externally.
 */
public final class InMemoryMerkleTree implements SubtreeHashes {

    private final MerkleHasher hasher;
    // levels.get(k).get(i) = MTH(D[i * 2^k : (i + 1) * 2^k]) for every complete subtree.
    private final List<List<byte[]>> levels = new ArrayList<>();

    /** Creates an empty tree hashed with {@code hasher}. */
    public InMemoryMerkleTree(MerkleHasher hasher) {
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        levels.add(new ArrayList<>());
    }

    /** Returns the hasher of this tree. */
    public MerkleHasher hasher() {
        return hasher;
    }

    /**
     * Appends an entry, hashing it as a leaf.
     *
     * @return the index of the new leaf
     */
    public long append(byte[] entry) {
        return appendLeafHash(hasher.leafHash(entry));
    }

    /**
     * Appends an already computed leaf hash.
     *
     * @return the index of the new leaf
     * @throws IllegalArgumentException if the hash has the wrong size
     */
    public long appendLeafHash(byte[] leafHash) {
        if (leafHash.length != hasher.hashSize()) {
            throw new IllegalArgumentException(
                    "leaf hash has " + leafHash.length + " bytes, expected " + hasher.hashSize());
        }
        List<byte[]> leaves = levels.get(0);
        leaves.add(leafHash.clone());
        long index = leaves.size() - 1L;
        // Each trailing 1-bit of the new size completes one more subtree, one level up.
        byte[] node = leafHash.clone();
        for (int level = 0; ((index >>> level) & 1) == 1; level++) {
            byte[] left = levels.get(level).get((int) ((index >>> level) - 1));
            node = hasher.nodeHash(left, node);
            if (levels.size() == level + 1) {
                levels.add(new ArrayList<>());
            }
            levels.get(level + 1).add(node);
        }
        return index;
    }

    /** Returns the number of leaves. */
    public long size() {
        return levels.get(0).size();
    }

    /** Returns the leaf hash at {@code index}. */
    public byte[] leafHash(long index) {
        checkRange(index, index + 1);
        return levels.get(0).get((int) index).clone();
    }

    /** Returns the root hash of the whole tree ({@link MerkleHasher#emptyRoot()} when empty). */
    public byte[] rootHash() {
        return rootHash(size());
    }

    /** Returns the root hash of the tree formed by the first {@code treeSize} leaves. */
    public byte[] rootHash(long treeSize) {
        if (treeSize == 0) {
            return hasher.emptyRoot();
        }
        return hash(0, treeSize);
    }

    @Override
    public byte[] hash(long start, long end) {
        checkRange(start, end);
        return subtree(start, end).clone();
    }

    /** Returns a proof generator over this tree. */
    public ProofGenerator proofs() {
        return new ProofGenerator(this);
    }

    private byte[] subtree(long start, long end) {
        long length = end - start;
        if (TreeMath.isPowerOfTwo(length) && start % length == 0) {
            int level = Long.numberOfTrailingZeros(length);
            return levels.get(level).get((int) (start >>> level));
        }
        long split = start + TreeMath.largestPowerOfTwoBelow(length);
        return hasher.nodeHash(subtree(start, split), subtree(split, end));
    }

    private void checkRange(long start, long end) {
        if (start < 0 || end <= start || end > size()) {
            throw new IllegalArgumentException(
                    "subtree [" + start + ", " + end + ") is not within a tree of " + size() + " leaves");
        }
    }
}
