package org.govdx.tlog;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Verifies inclusion and consistency proofs with the algorithms of RFC 9162 sections 2.1.3.2 and
 * 2.1.4.2.
 *
 * <p>Every method either returns normally or throws {@link VerificationException} naming the failed
 * check. Instances are immutable and thread-safe.
 */
public final class ProofVerifier {

    private final MerkleHasher hasher;

    /** Creates a verifier hashing with {@code hasher}. */
    public ProofVerifier(MerkleHasher hasher) {
        this.hasher = Objects.requireNonNull(hasher, "hasher");
    }

    /** Returns the hasher of this verifier. */
    public MerkleHasher hasher() {
        return hasher;
    }

    /**
     * Verifies that the leaf with hash {@code leafHash} is at {@code index} in the tree of
     * {@code treeSize} leaves whose root is {@code root}.
     *
     * @param index the leaf's index, {@code 0 <= index < treeSize}
     * @param treeSize the size of the tree the proof was made for
     * @param leafHash the leaf hash {@code HASH(0x00 || entry)}, see {@link MerkleHasher#leafHash}
     * @param proof the inclusion path, from the leaf up
     * @param root the expected root hash of the tree of {@code treeSize} leaves
     * @throws VerificationException if the proof does not verify
     */
    public void verifyInclusion(long index, long treeSize, byte[] leafHash, List<byte[]> proof, byte[] root) {
        checkHashSize(root, "root hash");
        byte[] computed = rootFromInclusionProof(index, treeSize, leafHash, proof);
        if (!MessageDigest.isEqual(computed, root)) {
            throw new VerificationException("inclusion proof does not lead to the expected root hash");
        }
    }

    /**
     * Computes the root hash that an inclusion proof implies (steps 1 to 4 of RFC 9162 2.1.3.2), for
     * callers that compare it themselves.
     *
     * @throws VerificationException if the index, sizes or proof length are inconsistent
     */
    public byte[] rootFromInclusionProof(long index, long treeSize, byte[] leafHash, List<byte[]> proof) {
        if (index < 0 || treeSize <= 0 || index >= treeSize) {
            throw new VerificationException("leaf index " + index + " is not in a tree of size " + treeSize);
        }
        checkHashSize(leafHash, "leaf hash");
        checkProofHashes(proof);
        long fn = index;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                throw new VerificationException("inclusion proof has too many hashes for tree size " + treeSize);
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = hasher.nodeHash(p, r);
                // The node is the last one of its level: climb past the levels where it has no sibling.
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = hasher.nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            throw new VerificationException("inclusion proof has too few hashes for tree size " + treeSize);
        }
        return r;
    }

    /**
     * Verifies that the tree of {@code oldSize} leaves with root {@code oldRoot} is a prefix of the tree
     * of {@code newSize} leaves with root {@code newRoot}.
     *
     * <p>Trivial cases: equal sizes need an empty proof and equal roots; an old size of 0 needs an
     * empty proof (the empty tree is a prefix of every tree, so its root is not examined).
     *
     * @param oldSize the smaller tree size
     * @param newSize the larger tree size
     * @param proof the consistency proof, as produced by {@link ProofGenerator#consistencyProof}
     * @param oldRoot the root hash of the old tree
     * @param newRoot the root hash of the new tree
     * @throws VerificationException if the proof does not verify
     */
    public void verifyConsistency(long oldSize, long newSize, List<byte[]> proof, byte[] oldRoot, byte[] newRoot) {
        if (oldSize < 0 || newSize < oldSize) {
            throw new VerificationException(
                    "tree size " + newSize + " cannot be consistent with an older size of " + oldSize);
        }
        if (oldSize == newSize || oldSize == 0) {
            if (!proof.isEmpty()) {
                throw new VerificationException("consistency proof must be empty from size " + oldSize
                        + " to size " + newSize + " but has " + proof.size() + " hashes");
            }
            if (oldSize == newSize && !MessageDigest.isEqual(oldRoot, newRoot)) {
                throw new VerificationException("trees of equal size " + oldSize + " have different root hashes");
            }
            return;
        }
        // RFC 9162 2.1.4.2, for 0 < oldSize < newSize.
        if (proof.isEmpty()) {
            throw new VerificationException("consistency proof is empty");
        }
        checkHashSize(oldRoot, "old root hash");
        checkHashSize(newRoot, "new root hash");
        checkProofHashes(proof);
        List<byte[]> path = proof;
        if (TreeMath.isPowerOfTwo(oldSize)) {
            // The old tree is a complete subtree of the new one, so its root is the proof's first node.
            path = new ArrayList<>(proof.size() + 1);
            path.add(oldRoot);
            path.addAll(proof);
        }
        long fn = oldSize - 1;
        long sn = newSize - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                throw new VerificationException("consistency proof has too many hashes");
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = hasher.nodeHash(c, fr);
                sr = hasher.nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = hasher.nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            throw new VerificationException("consistency proof has too few hashes");
        }
        if (!MessageDigest.isEqual(fr, oldRoot)) {
            throw new VerificationException("consistency proof does not lead to the old root hash");
        }
        if (!MessageDigest.isEqual(sr, newRoot)) {
            throw new VerificationException("consistency proof does not lead to the new root hash");
        }
    }

    private void checkProofHashes(List<byte[]> proof) {
        for (int i = 0; i < proof.size(); i++) {
            checkHashSize(proof.get(i), "proof hash " + i);
        }
    }

    private void checkHashSize(byte[] hash, String what) {
        if (hash == null || hash.length != hasher.hashSize()) {
            throw new VerificationException(what + " has " + (hash == null ? "no" : hash.length)
                    + " bytes, expected " + hasher.hashSize());
        }
    }
}
