package org.govdx.tlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which subtrees a proof is made of, from the node lists of transparency-dev/merkle
 * (proof/proof_test.go). There a node {@code id(level, index)} is the range
 * {@code [index * 2^level, (index + 1) * 2^level)}, and a "rehash" group of nodes is one right-edge
 * subtree, which {@link ProofGenerator} asks its {@link SubtreeHashes} for as a single range.
 */
class ProofShapeTest {

    /** Records the ranges asked for, answering from an in-memory tree of 128 leaves. */
    private static final class RecordingSource implements SubtreeHashes {
        private final InMemoryMerkleTree tree = new InMemoryMerkleTree(MerkleHasher.sha256());
        private final List<String> requests = new ArrayList<>();

        RecordingSource() {
            for (int i = 0; i < 128; i++) {
                tree.append(("leaf " + i).getBytes(StandardCharsets.UTF_8));
            }
        }

        @Override
        public byte[] hash(long start, long end) {
            requests.add(start + "-" + end);
            // The documented promise to storage layers: start is aligned to the range's size class.
            long sizeClass = Long.highestOneBit(end - start) == end - start
                    ? end - start : Long.highestOneBit(end - start) << 1;
            assertThat(start % sizeClass).as("alignment of [%d, %d)", start, end).isZero();
            return tree.hash(start, end);
        }
    }

    @ParameterizedTest(name = "inclusion of {1} in {0}")
    @CsvSource(delimiter = ';', value = {
        "1; 0; ''",
        "2; 0; 1-2",
        "2; 1; 0-1",
        "3; 1; 0-1 2-3",
        "7; 0; 1-2 2-4 4-7",
        "7; 1; 0-1 2-4 4-7",
        "7; 2; 3-4 0-2 4-7",
        "7; 3; 2-3 0-2 4-7",
        "7; 4; 5-6 6-7 0-4",
        "7; 5; 4-5 6-7 0-4",
        "7; 6; 4-6 0-4",
        "4; 2; 3-4 0-2",
        "5; 3; 2-3 0-2 4-5",
        "6; 3; 2-3 0-2 4-6",
        "6; 4; 5-6 0-4",
        "15; 10; 11-12 8-10 12-15 0-8",
        "31; 24; 25-26 26-28 28-31 16-24 0-16",
        "95; 81; 80-81 82-84 84-88 88-95 64-80 0-64",
    })
    void inclusionProofSubtrees(long size, long index, String expected) {
        RecordingSource source = new RecordingSource();
        List<byte[]> proof = new ProofGenerator(source).inclusionProof(index, size);
        assertThat(ordered(source.requests, proof, source)).isEqualTo(expected);
        new ProofVerifier(MerkleHasher.sha256()).verifyInclusion(
                index, size, source.tree.leafHash(index), proof, source.tree.rootHash(size));
    }

    @ParameterizedTest(name = "consistency {0} to {1}")
    @CsvSource(delimiter = ';', value = {
        "1; 2; 1-2",
        "1; 4; 1-2 2-4",
        "1; 6; 1-2 2-4 4-6",
        "2; 3; 2-3",
        "2; 8; 2-4 4-8",
        "3; 7; 2-3 3-4 0-2 4-7",
        "4; 7; 4-7",
        "5; 7; 4-5 5-6 6-7 0-4",
        "6; 7; 4-6 6-7 0-4",
        "7; 8; 6-7 7-8 4-6 0-4",
        "1; 1; ''",
        "2; 2; ''",
        "3; 3; ''",
        "4; 4; ''",
        "5; 5; ''",
        "7; 7; ''",
        "8; 8; ''",
        "2; 4; 2-4",
        "3; 5; 2-3 3-4 0-2 4-5",
        "3; 6; 2-3 3-4 0-2 4-6",
        "4; 6; 4-6",
        "1; 7; 1-2 2-4 4-7",
        "10; 15; 8-10 10-12 12-15 0-8",
        "24; 31; 16-24 24-31 0-16",
        "81; 95; 80-81 81-82 82-84 84-88 88-95 64-80 0-64",
    })
    void consistencyProofSubtrees(long size1, long size2, String expected) {
        RecordingSource source = new RecordingSource();
        List<byte[]> proof = new ProofGenerator(source).consistencyProof(size1, size2);
        assertThat(ordered(source.requests, proof, source)).isEqualTo(expected);
        new ProofVerifier(MerkleHasher.sha256()).verifyConsistency(
                size1, size2, proof, source.tree.rootHash(size1), source.tree.rootHash(size2));
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "0, 1", "1, 2", "0, 3", "7, 8"})
    void inclusionOutOfRangeIsRejected(long size, long index) {
        ProofGenerator generator = new ProofGenerator(new RecordingSource());
        assertThatThrownBy(() -> generator.inclusionProof(index, size)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"5, 0", "9, 8", "-1, 3"})
    void consistencyBackwardsIsRejected(long size1, long size2) {
        ProofGenerator generator = new ProofGenerator(new RecordingSource());
        assertThatThrownBy(() -> generator.consistencyProof(size1, size2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Lists the requested ranges in proof order, checking each proof hash is the range's hash. */
    private static String ordered(List<String> requests, List<byte[]> proof, RecordingSource source) {
        List<String> inProofOrder = new ArrayList<>(requests);
        java.util.Collections.reverse(inProofOrder);
        assertThat(proof).hasSameSizeAs(inProofOrder);
        for (int i = 0; i < proof.size(); i++) {
            String[] range = inProofOrder.get(i).split("-");
            assertThat(proof.get(i)).isEqualTo(source.tree.hash(Long.parseLong(range[0]), Long.parseLong(range[1])));
        }
        return inProofOrder.stream().collect(Collectors.joining(" "));
    }
}
