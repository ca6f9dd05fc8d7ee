package org.govdx.tlog;

import java.util.List;
import java.util.Objects;

/**
 * The Merkle Tree Hash (MTH) of RFC 9162 section 2.1.1 over a pluggable {@link HashAlgorithm}.
 *
 * <ul>
 *   <li>empty tree: {@code MTH({}) = HASH()}</li>
 *   <li>leaf: {@code MTH({d}) = HASH(0x00 || d)}</li>
 *   <li>node: {@code MTH(D[n]) = HASH(0x01 || MTH(D[0:k]) || MTH(D[k:n]))}, {@code k} the largest
 *       power of two strictly below {@code n}</li>
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MerkleHasher {

    // Domain separation prefixes (RFC 9162 2.1.1): a leaf can never be mistaken for a node.
    private static final byte[] LEAF_PREFIX = {0x00};
    private static final byte[] NODE_PREFIX = {0x01};

    private final HashAlgorithm algorithm;

    /** Creates a hasher over {@code algorithm}. */
    public MerkleHasher(HashAlgorithm algorithm) {
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    }

    /** A hasher over SM3, the GovDX default. */
    public static MerkleHasher sm3() {
        return new MerkleHasher(HashAlgorithm.SM3);
    }

    /** A hasher over SHA-256, as in RFC 6962. */
    public static MerkleHasher sha256() {
        return new MerkleHasher(HashAlgorithm.SHA256);
    }

    /** Returns the underlying hash algorithm. */
    public HashAlgorithm algorithm() {
        return algorithm;
    }

    /** Returns the size in bytes of every hash this hasher produces. */
    public int hashSize() {
        return algorithm.digestSize();
    }

    /** Returns the root hash of the empty tree, {@code HASH()} of no input. */
    public byte[] emptyRoot() {
        return algorithm.hash();
    }

    /** Returns the leaf hash {@code HASH(0x00 || data)} of an entry. */
    public byte[] leafHash(byte[] data) {
        return algorithm.hash(LEAF_PREFIX, data);
    }

    /** Returns the interior node hash {@code HASH(0x01 || left || right)}. */
    public byte[] nodeHash(byte[] left, byte[] right) {
        return algorithm.hash(NODE_PREFIX, left, right);
    }

    /**
     * Computes the root hash of the tree whose leaves have the given leaf hashes (not raw data).
     *
     * @param leafHashes leaf hashes in log order; may be empty
     * @return the tree head hash, {@link #emptyRoot()} for an empty list
     */
    public byte[] rootOf(List<byte[]> leafHashes) {
        if (leafHashes.isEmpty()) {
            return emptyRoot();
        }
        return subtreeRoot(leafHashes, 0, leafHashes.size());
    }

    /** Computes the root hash of a tree over raw entries, hashing each as a leaf first. */
    public byte[] rootOfData(List<byte[]> entries) {
        return rootOf(entries.stream().map(this::leafHash).toList());
    }

    private byte[] subtreeRoot(List<byte[]> leafHashes, int start, int end) {
        if (end - start == 1) {
            return leafHashes.get(start);
        }
        int split = start + (int) TreeMath.largestPowerOfTwoBelow(end - start);
        return nodeHash(subtreeRoot(leafHashes, start, split), subtreeRoot(leafHashes, split, end));
    }
}
