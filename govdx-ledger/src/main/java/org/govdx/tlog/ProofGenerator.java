package org.govdx.tlog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Builds inclusion and consistency proofs (RFC 9162 sections 2.1.3.1 and 2.1.4.1) from a
 * {@link SubtreeHashes} source.
 *
 * <p>Each proof hash is one subtree hash {@code MTH(D[start:end])} asked from the source, so a
 * storage-backed source answers a proof with {@code O(log n)} lookups. Proofs are ordered from the
 * leaf (or the old tree) towards the root, as the RFC specifies.
 */
public final class ProofGenerator {

    private final SubtreeHashes source;

    /** Creates a generator reading subtree hashes from {@code source}. */
    public ProofGenerator(SubtreeHashes source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * Returns the inclusion proof {@code PATH(index, D[treeSize])} of leaf {@code index} in the tree of
     * the first {@code treeSize} leaves.
     *
     * @throws IllegalArgumentException unless {@code 0 <= index < treeSize}
     */
    public List<byte[]> inclusionProof(long index, long treeSize) {
        if (index < 0 || index >= treeSize) {
            throw new IllegalArgumentException("leaf index " + index + " is not in a tree of size " + treeSize);
        }
        List<byte[]> path = new ArrayList<>();
        long start = 0;
        long end = treeSize;
        // Walk down from the root; the sibling of every subtree on the way is one proof hash.
        while (end - start > 1) {
            long split = start + TreeMath.largestPowerOfTwoBelow(end - start);
            if (index < split) {
                path.add(source.hash(split, end));
                end = split;
            } else {
                path.add(source.hash(start, split));
                start = split;
            }
        }
        Collections.reverse(path);
        return path;
    }

    /**
     * Returns the consistency proof {@code PROOF(oldSize, D[newSize])} showing that the tree of
     * {@code oldSize} leaves is a prefix of the tree of {@code newSize} leaves.
     *
     * <p>The proof is empty when {@code oldSize == newSize} or {@code oldSize == 0}: both are
     * trivially consistent.
     *
     * @throws IllegalArgumentException unless {@code 0 <= oldSize <= newSize}
     */
    public List<byte[]> consistencyProof(long oldSize, long newSize) {
        if (oldSize < 0 || newSize < oldSize) {
            throw new IllegalArgumentException(
                    "no consistency proof from tree size " + oldSize + " to " + newSize);
        }
        List<byte[]> proof = new ArrayList<>();
        if (oldSize == 0 || oldSize == newSize) {
            return proof;
        }
        long start = 0;
        long end = newSize;
        long m = oldSize;               // the old tree's size relative to start
        boolean oldTreeIsWhole = true;  // the RFC's flag b: the old root is known to the verifier
        while (m != end - start) {
            long k = TreeMath.largestPowerOfTwoBelow(end - start);
            if (m <= k) {
                proof.add(source.hash(start + k, end));
                end = start + k;
            } else {
                proof.add(source.hash(start, start + k));
                start += k;
                m -= k;
                oldTreeIsWhole = false;
            }
        }
        if (!oldTreeIsWhole) {
            proof.add(source.hash(start, end));
        }
        Collections.reverse(proof);
        return proof;
    }
}
