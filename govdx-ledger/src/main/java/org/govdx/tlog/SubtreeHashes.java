package org.govdx.tlog;

/**
 * A source of subtree hashes {@code MTH(D[start:end])} of one append-only log, from which
 * {@link ProofGenerator} builds proofs.
 *
 * <p>Proof generation asks only for ranges whose {@code start} is a multiple of the smallest power of
 * two that is at least {@code end - start}. When {@code end - start} is a power of two the range is
 * therefore a complete, aligned subtree that a storage layer can keep (for example one row per
 * complete subtree); otherwise it lies on the right edge of a tree and can be combined from at most
 * {@code log2(end - start) + 1} complete subtrees with {@link MerkleHasher#nodeHash}.
 *
 * <p>{@link InMemoryMerkleTree} is the in-memory implementation.
 */
public interface SubtreeHashes {

    /**
     * Returns {@code MTH(D[start:end])}, the root of the tree over leaves {@code start} (inclusive) to
     * {@code end} (exclusive).
     *
     * @param start index of the first leaf, {@code 0 <= start < end}
     * @param end index after the last leaf, at most the number of leaves available
     * @return the subtree hash; the leaf hash itself when {@code end == start + 1}
     * @throws IllegalArgumentException if the range is empty or goes beyond the known leaves
     */
    byte[] hash(long start, long end);
}
