package org.govdx.tlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.govdx.tlog.Rfc6962Vectors.EMPTY_TREE_HASH;
import static org.govdx.tlog.Rfc6962Vectors.SOME_HASH;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The proof tests of transparency-dev/merkle (proof/verify_test.go): the known proofs are generated
 * exactly, verify, and every published corruption of them is rejected.
 */
class Rfc6962ProofVectorsTest {

    private static final MerkleHasher HASHER = MerkleHasher.sha256();
    private static final ProofVerifier VERIFIER = new ProofVerifier(HASHER);
    private static final InMemoryMerkleTree TREE = Rfc6962Vectors.tree();

    /** A named set of verification inputs that must be rejected. */
    record InclusionProbe(String desc, long index, long size, byte[] root, byte[] leafHash, List<byte[]> proof) {
    }

    /** A named set of consistency inputs that must be rejected. */
    record ConsistencyProbe(String desc, long size1, long size2, byte[] root1, byte[] root2, List<byte[]> proof) {
    }

    @TestFactory
    Stream<DynamicTest> knownInclusionProofsAreGeneratedAndVerified() {
        return Rfc6962Vectors.INCLUSION_PROOFS.stream().map(v -> DynamicTest.dynamicTest(
                "leaf " + v.index() + " of " + v.size(), () -> {
                    byte[] leafHash = HASHER.leafHash(Rfc6962Vectors.LEAVES.get((int) v.index()));
                    byte[] root = Rfc6962Vectors.root(v.size());
                    assertThat(TREE.proofs().inclusionProof(v.index(), v.size()))
                            .containsExactlyElementsOf(v.proof());
                    assertThat(VERIFIER.rootFromInclusionProof(v.index(), v.size(), leafHash, v.proof()))
                            .isEqualTo(root);
                    assertThatCode(() -> VERIFIER.verifyInclusion(v.index(), v.size(), leafHash, v.proof(), root))
                            .doesNotThrowAnyException();
                    for (InclusionProbe p : corruptInclusionProof(v.index(), v.size(), v.proof(), root, leafHash)) {
                        assertThatThrownBy(() -> VERIFIER.verifyInclusion(p.index(), p.size(), p.leafHash(),
                                p.proof(), p.root()))
                                .as(p.desc())
                                .isInstanceOf(VerificationException.class);
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> knownConsistencyProofsAreGeneratedAndVerified() {
        return Rfc6962Vectors.CONSISTENCY_PROOFS.stream().map(v -> DynamicTest.dynamicTest(
                v.size1() + " to " + v.size2(), () -> {
                    byte[] root1 = Rfc6962Vectors.root(v.size1());
                    byte[] root2 = Rfc6962Vectors.root(v.size2());
                    assertThat(TREE.proofs().consistencyProof(v.size1(), v.size2()))
                            .containsExactlyElementsOf(v.proof());
                    assertThatCode(() -> VERIFIER.verifyConsistency(v.size1(), v.size2(), v.proof(), root1, root2))
                            .doesNotThrowAnyException();
                    if (v.proof().isEmpty()) {
                        return; // like the reference, corrupt only non-trivial proofs
                    }
                    for (ConsistencyProbe p : corruptConsistencyProof(v.size1(), v.size2(), root1, root2, v.proof())) {
                        assertThatThrownBy(() -> VERIFIER.verifyConsistency(p.size1(), p.size2(), p.proof(),
                                p.root1(), p.root2()))
                                .as(p.desc())
                                .isInstanceOf(VerificationException.class);
                    }
                }));
    }

    @Test
    void singleEntryTree() {
        byte[] hash = HASHER.leafHash("data".getBytes(StandardCharsets.US_ASCII));
        byte[] empty = new byte[0];
        assertThatCode(() -> VERIFIER.verifyInclusion(0, 1, hash, List.of(), hash)).doesNotThrowAnyException();
        assertThatThrownBy(() -> VERIFIER.verifyInclusion(0, 1, empty, List.of(), hash))
                .isInstanceOf(VerificationException.class);
        assertThatThrownBy(() -> VERIFIER.verifyInclusion(0, 1, hash, List.of(), empty))
                .isInstanceOf(VerificationException.class);
        assertThatThrownBy(() -> VERIFIER.verifyInclusion(0, 1, empty, List.of(), empty))
                .isInstanceOf(VerificationException.class);
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "0, 1", "1, 0", "2, 1"})
    void invalidInclusionInputsAreRejected(long index, long size) {
        assertThatThrownBy(() -> VERIFIER.verifyInclusion(index, size, SOME_HASH, List.of(), new byte[0]))
                .isInstanceOf(VerificationException.class);
        assertThatThrownBy(() -> VERIFIER.verifyInclusion(index, size, new byte[0], List.of(), EMPTY_TREE_HASH))
                .isInstanceOf(VerificationException.class);
        assertThatThrownBy(() -> VERIFIER.verifyInclusion(index, size, SOME_HASH, List.of(), EMPTY_TREE_HASH))
                .isInstanceOf(VerificationException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // desc, size1, size2, root1, root2, proof is [EMPTY_TREE_HASH], valid
        "different roots at size 0,       0, 0, r1, r2, false, false",
        "different roots at size 1,       1, 1, r1, r2, false, false",
        "same root at size 0,             0, 0, r1, r1, false, true",
        "empty tree is a prefix,          0, 1, r1, r2, false, true",
        "same root at size 1,             1, 1, r2, r2, false, true",
        "time travel 1 to 0,              1, 0, r1, r2, false, false",
        "time travel 2 to 1,              2, 1, r1, r2, false, false",
        "empty proof,                     1, 2, r1, r2, false, false",
        "roots differ at 0,               0, 0, E,  r2, false, false",
        "roots differ at 1,               1, 1, E,  r2, false, false",
        "non-empty proof at equal size 0, 0, 0, E,  E,  true,  false",
        "non-empty proof from size 0,     0, 1, E,  E,  true,  false",
        "non-empty proof at equal size 1, 1, 1, E,  E,  true,  false",
    })
    void trivialConsistencyCases(String desc, long size1, long size2, String root1, String root2,
            boolean nonEmptyProof, boolean valid) {
        List<byte[]> proof = nonEmptyProof ? List.of(EMPTY_TREE_HASH) : List.of();
        byte[] r1 = root(root1);
        byte[] r2 = root(root2);
        if (valid) {
            assertThatCode(() -> VERIFIER.verifyConsistency(size1, size2, proof, r1, r2)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> VERIFIER.verifyConsistency(size1, size2, proof, r1, r2))
                    .isInstanceOf(VerificationException.class);
        }
    }

    private static byte[] root(String name) {
        return switch (name) {
            case "r1" -> "don't care 1".getBytes(StandardCharsets.US_ASCII);
            case "r2" -> "don't care 2".getBytes(StandardCharsets.US_ASCII);
            default -> EMPTY_TREE_HASH;
        };
    }

    private static List<InclusionProbe> corruptInclusionProof(
            long index, long size, List<byte[]> proof, byte[] root, byte[] leafHash) {
        List<InclusionProbe> probes = new ArrayList<>(List.of(
                new InclusionProbe("index - 1", index - 1, size, root, leafHash, proof),
                new InclusionProbe("index + 1", index + 1, size, root, leafHash, proof),
                new InclusionProbe("index ^ 2", index ^ 2, size, root, leafHash, proof),
                new InclusionProbe("size * 2", index, size * 2, root, leafHash, proof),
                new InclusionProbe("size / 2", index, size / 2, root, leafHash, proof),
                new InclusionProbe("wrong leaf", index, size, root, "WrongLeaf".getBytes(StandardCharsets.US_ASCII),
                        proof),
                new InclusionProbe("empty root", index, size, EMPTY_TREE_HASH, leafHash, proof),
                new InclusionProbe("random root", index, size, SOME_HASH, leafHash, proof),
                new InclusionProbe("trailing garbage", index, size, root, leafHash, append(proof, new byte[0])),
                new InclusionProbe("trailing root", index, size, root, leafHash, append(proof, root)),
                new InclusionProbe("preceding garbage", index, size, root, leafHash, prepend(proof, new byte[0])),
                new InclusionProbe("preceding root", index, size, root, leafHash, prepend(proof, root))));
        for (int i = 0; i < proof.size(); i++) {
            probes.add(new InclusionProbe("modified proof[" + i + "] bit 3", index, size, root, leafHash,
                    flip(proof, i, 8)));
        }
        if (!proof.isEmpty()) {
            probes.add(new InclusionProbe("removed component", index, size, root, leafHash,
                    proof.subList(0, proof.size() - 1)));
        }
        if (proof.size() > 1) {
            List<byte[]> inserted = new ArrayList<>(proof);
            inserted.add(1, SOME_HASH);
            probes.add(new InclusionProbe("inserted component", index, size, root, leafHash, inserted));
        }
        return probes;
    }

    private static List<ConsistencyProbe> corruptConsistencyProof(
            long size1, long size2, byte[] root1, byte[] root2, List<byte[]> proof) {
        byte[] wrongRoot = "WrongRoot".getBytes(StandardCharsets.US_ASCII);
        List<ConsistencyProbe> probes = new ArrayList<>(List.of(
                new ConsistencyProbe("size1 - 1", size1 - 1, size2, root1, root2, proof),
                new ConsistencyProbe("size1 + 1", size1 + 1, size2, root1, root2, proof),
                new ConsistencyProbe("size1 ^ 2", size1 ^ 2, size2, root1, root2, proof),
                new ConsistencyProbe("size2 * 2", size1, size2 * 2, root1, root2, proof),
                new ConsistencyProbe("size2 / 2", size1, size2 / 2, root1, root2, proof),
                new ConsistencyProbe("wrong root1", size1, size2, wrongRoot, root2, proof),
                new ConsistencyProbe("wrong root2", size1, size2, root1, wrongRoot, proof),
                new ConsistencyProbe("swapped roots", size1, size2, root2, root1, proof),
                new ConsistencyProbe("empty proof", size1, size2, root1, root2, List.of()),
                new ConsistencyProbe("trailing garbage", size1, size2, root1, root2, append(proof, new byte[0])),
                new ConsistencyProbe("trailing root1", size1, size2, root1, root2, append(proof, root1)),
                new ConsistencyProbe("trailing root2", size1, size2, root1, root2, append(proof, root2)),
                new ConsistencyProbe("preceding garbage", size1, size2, root1, root2, prepend(proof, new byte[0])),
                new ConsistencyProbe("preceding root1", size1, size2, root1, root2, prepend(proof, root1)),
                new ConsistencyProbe("preceding root2", size1, size2, root1, root2, prepend(proof, root2)),
                new ConsistencyProbe("preceding proof[0]", size1, size2, root1, root2, prepend(proof, proof.get(0))),
                new ConsistencyProbe("truncated proof", size1, size2, root1, root2,
                        proof.subList(0, proof.size() - 1))));
        for (int i = 0; i < proof.size(); i++) {
            probes.add(new ConsistencyProbe("modified proof[" + i + "] bit 4", size1, size2, root1, root2,
                    flip(proof, i, 16)));
        }
        return probes;
    }

    private static List<byte[]> append(List<byte[]> proof, byte[] hash) {
        List<byte[]> out = new ArrayList<>(proof);
        out.add(hash);
        return out;
    }

    private static List<byte[]> prepend(List<byte[]> proof, byte[] hash) {
        List<byte[]> out = new ArrayList<>(proof);
        out.add(0, hash);
        return out;
    }

    private static List<byte[]> flip(List<byte[]> proof, int element, int mask) {
        List<byte[]> out = new ArrayList<>(proof);
        byte[] changed = out.get(element).clone();
        changed[0] ^= (byte) mask;
        out.set(element, changed);
        return out;
    }
}
