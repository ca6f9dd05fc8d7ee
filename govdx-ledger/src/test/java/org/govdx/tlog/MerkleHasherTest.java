package org.govdx.tlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.govdx.tlog.TestHex.h;
import static org.govdx.tlog.TestHex.hex;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Known answers from transparency-dev/merkle (rfc6962/rfc6962_test.go, proof/verify_test.go). */
class MerkleHasherTest {

    private final MerkleHasher sha256 = MerkleHasher.sha256();

    @Test
    void rfc6962HasherVectors() {
        assertThat(hex(sha256.emptyRoot()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(hex(sha256.leafHash(new byte[0])))
                .isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
        assertThat(hex(sha256.leafHash("L123456".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56");
        assertThat(hex(sha256.nodeHash("N123".getBytes(StandardCharsets.US_ASCII),
                "N456".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("aa217fe888e47007fa15edab33c2b492a722cb106c64667fc2b044444de66bbb");
    }

    @Test
    void leafAndNodeHashesAreDomainSeparated() {
        byte[] left = sha256.leafHash("Hello".getBytes(StandardCharsets.US_ASCII));
        byte[] right = sha256.leafHash("World".getBytes(StandardCharsets.US_ASCII));
        byte[] node = sha256.nodeHash(left, right);
        byte[] concatenated = new byte[64];
        System.arraycopy(left, 0, concatenated, 0, 32);
        System.arraycopy(right, 0, concatenated, 32, 32);
        assertThat(sha256.leafHash(concatenated)).isNotEqualTo(node);
        assertThat(sha256.nodeHash(right, left)).isNotEqualTo(node);
    }

    @Test
    void rootsOfTheReferenceTreeAtEverySize() {
        List<byte[]> leafHashes = new ArrayList<>();
        InMemoryMerkleTree tree = new InMemoryMerkleTree(sha256);
        for (int size = 1; size <= 8; size++) {
            byte[] entry = Rfc6962Vectors.LEAVES.get(size - 1);
            leafHashes.add(sha256.leafHash(entry));
            tree.append(entry);
            byte[] expected = Rfc6962Vectors.ROOTS.get(size - 1);
            assertThat(sha256.rootOf(leafHashes)).as("rootOf size %d", size).isEqualTo(expected);
            assertThat(tree.rootHash()).as("in-memory root at size %d", size).isEqualTo(expected);
        }
        for (int size = 1; size <= 8; size++) {
            assertThat(tree.rootHash(size)).isEqualTo(Rfc6962Vectors.ROOTS.get(size - 1));
        }
        assertThat(tree.rootHash(0)).isEqualTo(sha256.emptyRoot());
        assertThat(sha256.rootOf(List.of())).isEqualTo(sha256.emptyRoot());
        assertThat(sha256.rootOfData(Rfc6962Vectors.LEAVES)).isEqualTo(Rfc6962Vectors.ROOTS.get(7));
    }

    @Test
    void sm3TreeFollowsTheSameStructure() {
        MerkleHasher sm3 = MerkleHasher.sm3();
        byte[] a = sm3.leafHash(h("00"));
        byte[] b = sm3.leafHash(h("10"));
        byte[] c = sm3.leafHash(h("2021"));
        assertThat(sm3.leafHash(h("00"))).isEqualTo(HashAlgorithm.SM3.hash(h("0000")));
        assertThat(sm3.nodeHash(a, b)).isEqualTo(HashAlgorithm.SM3.hash(h("01"), a, b));
        assertThat(sm3.rootOf(List.of(a, b, c))).isEqualTo(sm3.nodeHash(sm3.nodeHash(a, b), c));
        assertThat(sm3.emptyRoot()).isEqualTo(HashAlgorithm.SM3.hash());
    }

    @Test
    void inMemoryTreeAnswersAnySubtree() {
        InMemoryMerkleTree tree = new InMemoryMerkleTree(sha256);
        List<byte[]> leafHashes = new ArrayList<>();
        for (int i = 0; i < 37; i++) {
            byte[] entry = ("entry " + i).getBytes(StandardCharsets.UTF_8);
            assertThat(tree.append(entry)).isEqualTo(i);
            leafHashes.add(sha256.leafHash(entry));
        }
        for (int start = 0; start < 37; start++) {
            for (int end = start + 1; end <= 37; end++) {
                assertThat(tree.hash(start, end)).isEqualTo(sha256.rootOf(leafHashes.subList(start, end)));
            }
        }
        assertThat(tree.leafHash(5)).isEqualTo(leafHashes.get(5));
        assertThatThrownBy(() -> tree.hash(3, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.hash(0, 38)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.hash(-1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.appendLeafHash(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }
}
