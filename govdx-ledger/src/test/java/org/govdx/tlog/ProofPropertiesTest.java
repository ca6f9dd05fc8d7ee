package org.govdx.tlog;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of proofs over random trees, for both hash algorithms. */
class ProofPropertiesTest {

    /** A random tree of distinct entries; {@code toString} is what jqwik reports for a failing sample. */
    record Sample(HashAlgorithm algorithm, int size, long seed, InMemoryMerkleTree tree) {

        ProofVerifier verifier() {
            return new ProofVerifier(tree.hasher());
        }

        ProofGenerator proofs() {
            return tree.proofs();
        }

        @Override
        public String toString() {
            return algorithm.name() + " tree of " + size + " random leaves, seed " + seed;
        }
    }

    @Provide
    Arbitrary<Sample> trees() {
        return Combinators.combine(
                Arbitraries.of(HashAlgorithm.SM3, HashAlgorithm.SHA256),
                Arbitraries.integers().between(1, 130),
                Arbitraries.longs())
                .as((algorithm, size, seed) -> {
                    InMemoryMerkleTree tree = new InMemoryMerkleTree(new MerkleHasher(algorithm));
                    Random random = new Random(seed);
                    for (int i = 0; i < size; i++) {
                        // Distinct entries: with two equal neighbours, swapping them is no change at all.
                        byte[] entry = new byte[4 + random.nextInt(17)];
                        random.nextBytes(entry);
                        entry[0] = (byte) (i >>> 24);
                        entry[1] = (byte) (i >>> 16);
                        entry[2] = (byte) (i >>> 8);
                        entry[3] = (byte) i;
                        tree.append(entry);
                    }
                    return new Sample(algorithm, size, seed, tree);
                });
    }

    @Property(tries = 60)
    void everyInclusionProofVerifies(@ForAll("trees") Sample t) {
        int n = (int) t.tree().size();
        for (long size = 1; size <= n; size++) {
            byte[] root = t.tree().rootHash(size);
            for (long index = 0; index < size; index++) {
                List<byte[]> proof = t.proofs().inclusionProof(index, size);
                long i = index;
                long s = size;
                assertThatCode(() -> t.verifier().verifyInclusion(i, s, t.tree().leafHash(i), proof, root))
                        .doesNotThrowAnyException();
            }
        }
    }

    @Property(tries = 60)
    void everyConsistencyProofVerifies(@ForAll("trees") Sample t) {
        int n = (int) t.tree().size();
        byte[][] roots = new byte[n + 1][];
        for (int size = 0; size <= n; size++) {
            roots[size] = t.tree().rootHash(size);
        }
        for (int size1 = 0; size1 <= n; size1++) {
            for (int size2 = size1; size2 <= n; size2++) {
                List<byte[]> proof = t.proofs().consistencyProof(size1, size2);
                int m = size1;
                int k = size2;
                assertThatCode(() -> t.verifier().verifyConsistency(m, k, proof, roots[m], roots[k]))
                        .doesNotThrowAnyException();
            }
        }
    }

    @Property(tries = 100)
    void everySingleBitChangeBreaksAnInclusionProof(
            @ForAll("trees") Sample t, @ForAll @IntRange(min = 0, max = 10_000) int rawIndex) {
        long size = t.tree().size();
        long index = rawIndex % size;
        byte[] leaf = t.tree().leafHash(index);
        byte[] root = t.tree().rootHash();
        List<byte[]> proof = t.proofs().inclusionProof(index, size);
        ProofVerifier verifier = t.verifier();
        for (int element = 0; element < proof.size(); element++) {
            for (int bit = 0; bit < proof.get(element).length * 8; bit++) {
                List<byte[]> changed = flip(proof, element, bit);
                assertThatThrownBy(() -> verifier.verifyInclusion(index, size, leaf, changed, root))
                        .isInstanceOf(VerificationException.class);
            }
        }
        for (int bit = 0; bit < root.length * 8; bit++) {
            byte[] changedRoot = flip(root, bit);
            byte[] changedLeaf = flip(leaf, bit);
            assertThatThrownBy(() -> verifier.verifyInclusion(index, size, leaf, proof, changedRoot))
                    .isInstanceOf(VerificationException.class);
            assertThatThrownBy(() -> verifier.verifyInclusion(index, size, changedLeaf, proof, root))
                    .isInstanceOf(VerificationException.class);
        }
    }

    @Property(tries = 200)
    void anInclusionProofDoesNotProveAnotherIndexOrSize(
            @ForAll("trees") Sample t, @ForAll @IntRange(min = 0, max = 10_000) int rawIndex,
            @ForAll @IntRange(min = 1, max = 10_000) int rawSize) {
        long n = t.tree().size();
        long size = 1 + rawSize % n;
        long index = rawIndex % size;
        byte[] leaf = t.tree().leafHash(index);
        byte[] root = t.tree().rootHash(size);
        List<byte[]> proof = t.proofs().inclusionProof(index, size);
        ProofVerifier verifier = t.verifier();
        // Any other index of the same tree, and indexes outside it.
        for (long other = -1; other <= size; other++) {
            if (other != index) {
                long o = other;
                assertThatThrownBy(() -> verifier.verifyInclusion(o, size, leaf, proof, root))
                        .isInstanceOf(VerificationException.class);
            }
        }
        // The size mutations of the reference tests, with the original root.
        assertThatThrownBy(() -> verifier.verifyInclusion(index, size * 2, leaf, proof, root))
                .isInstanceOf(VerificationException.class);
        assertThatThrownBy(() -> verifier.verifyInclusion(index, size / 2, leaf, proof, root))
                .isInstanceOf(VerificationException.class);
        // Any other size, against the root of that size: a root, not a proof, commits to a size, so a
        // proof only carries over if it is the very same list of hashes.
        for (long other = index + 1; other <= n; other++) {
            if (other != size && !sameHashes(proof, t.proofs().inclusionProof(index, other))) {
                long o = other;
                byte[] otherRoot = t.tree().rootHash(o);
                assertThatThrownBy(() -> verifier.verifyInclusion(index, o, leaf, proof, otherRoot))
                        .isInstanceOf(VerificationException.class);
            }
        }
    }

    @Property(tries = 100)
    void everySingleBitChangeBreaksAConsistencyProof(
            @ForAll("trees") Sample t, @ForAll @IntRange(min = 0, max = 10_000) int rawSize1,
            @ForAll @IntRange(min = 0, max = 10_000) int rawSize2) {
        long n = t.tree().size();
        if (n < 2) {
            return;
        }
        long size2 = 2 + rawSize2 % (n - 1);
        long size1 = 1 + rawSize1 % (size2 - 1);
        byte[] root1 = t.tree().rootHash(size1);
        byte[] root2 = t.tree().rootHash(size2);
        List<byte[]> proof = t.proofs().consistencyProof(size1, size2);
        ProofVerifier verifier = t.verifier();
        for (int element = 0; element < proof.size(); element++) {
            for (int bit = 0; bit < proof.get(element).length * 8; bit++) {
                List<byte[]> changed = flip(proof, element, bit);
                assertThatThrownBy(() -> verifier.verifyConsistency(size1, size2, changed, root1, root2))
                        .isInstanceOf(VerificationException.class);
            }
        }
        for (int bit = 0; bit < root1.length * 8; bit++) {
            byte[] changed1 = flip(root1, bit);
            byte[] changed2 = flip(root2, bit);
            assertThatThrownBy(() -> verifier.verifyConsistency(size1, size2, proof, changed1, root2))
                    .isInstanceOf(VerificationException.class);
            assertThatThrownBy(() -> verifier.verifyConsistency(size1, size2, proof, root1, changed2))
                    .isInstanceOf(VerificationException.class);
        }
    }

    @Property(tries = 200)
    void aConsistencyProofDoesNotProveOtherSizes(
            @ForAll("trees") Sample t, @ForAll @IntRange(min = 0, max = 10_000) int rawSize1,
            @ForAll @IntRange(min = 0, max = 10_000) int rawSize2) {
        long n = t.tree().size();
        if (n < 2) {
            return;
        }
        long size2 = 2 + rawSize2 % (n - 1);
        long size1 = 1 + rawSize1 % (size2 - 1);
        byte[] root1 = t.tree().rootHash(size1);
        byte[] root2 = t.tree().rootHash(size2);
        List<byte[]> proof = t.proofs().consistencyProof(size1, size2);
        ProofVerifier verifier = t.verifier();
        // The size mutations of the reference tests, with the original roots.
        for (long[] sizes : new long[][] {
                {size1 - 1, size2}, {size1 + 1, size2}, {size1 ^ 2, size2}, {size1, size2 * 2}, {size1, size2 / 2}}) {
            assertThatThrownBy(() -> verifier.verifyConsistency(sizes[0], sizes[1], proof, root1, root2))
                    .as("sizes %d to %d", sizes[0], sizes[1])
                    .isInstanceOf(VerificationException.class);
        }
        // Any other pair of sizes, against the roots of those sizes.
        for (long other1 = 1; other1 < size2; other1++) {
            if (other1 != size1 && !sameHashes(proof, t.proofs().consistencyProof(other1, size2))) {
                byte[] otherRoot = t.tree().rootHash(other1);
                long o = other1;
                assertThatThrownBy(() -> verifier.verifyConsistency(o, size2, proof, otherRoot, root2))
                        .isInstanceOf(VerificationException.class);
            }
        }
        for (long other2 = size1 + 1; other2 <= n; other2++) {
            if (other2 != size2 && !sameHashes(proof, t.proofs().consistencyProof(size1, other2))) {
                byte[] otherRoot = t.tree().rootHash(other2);
                long o = other2;
                assertThatThrownBy(() -> verifier.verifyConsistency(size1, o, proof, root1, otherRoot))
                        .isInstanceOf(VerificationException.class);
            }
        }
    }

    @Property(tries = 100)
    void generatedProofsRoundTripThroughJson(
            @ForAll("trees") Sample t, @ForAll @IntRange(min = 0, max = 10_000) int rawIndex) {
        long size = t.tree().size();
        long index = rawIndex % size;
        InclusionProof inclusion = new InclusionProof(index, size, t.proofs().inclusionProof(index, size));
        InclusionProof.fromJson(inclusion.toJson())
                .verify(t.verifier(), t.tree().leafHash(index), t.tree().rootHash());
        ConsistencyProof consistency = new ConsistencyProof(index, size, t.proofs().consistencyProof(index, size));
        ConsistencyProof.fromJson(consistency.toJson())
                .verify(t.verifier(), t.tree().rootHash(index), t.tree().rootHash());
    }

    private static boolean sameHashes(List<byte[]> a, List<byte[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Arrays.equals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<byte[]> flip(List<byte[]> proof, int element, int bit) {
        List<byte[]> out = new ArrayList<>(proof);
        out.set(element, flip(proof.get(element), bit));
        return out;
    }

    private static byte[] flip(byte[] hash, int bit) {
        byte[] out = hash.clone();
        out[bit / 8] ^= (byte) (1 << (bit % 8));
        return out;
    }
}
