package org.govdx.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govdx.tlog.InMemoryMerkleTree;
import org.govdx.tlog.MerkleHasher;
import org.govdx.tlog.ProofGenerator;
import org.junit.jupiter.api.Test;

/**
 * The appender's frontier, the node keys and the stored-subtree reads agree with the library's
 * in-memory tree, without a database.
 */
class TreeMathTest {

    private final MerkleHasher hasher = MerkleHasher.sm3();

    @Test
    void nodeKeysRoundTripAndAscendInCompletionOrder() {
        assertThat(NodeIds.id(0, 5)).isEqualTo(5 * 64);
        assertThat(NodeIds.id(3, 1)).isEqualTo(15 * 64 + 3);
        for (int level = 0; level < 20; level++) {
            for (long index : new long[] {0, 1, 7, 1000, 123456}) {
                long id = NodeIds.id(level, index);
                assertThat(NodeIds.level(id)).isEqualTo(level);
                assertThat(NodeIds.index(id)).isEqualTo(index);
                assertThat(NodeIds.firstLeaf(id)).isEqualTo(index << level);
            }
        }
        assertThatThrownBy(() -> NodeIds.cover(1, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void frontierBuildsTheSameTreeAndReportsEveryCompleteSubtreeInKeyOrder() {
        InMemoryMerkleTree reference = new InMemoryMerkleTree(hasher);
        Frontier frontier = Frontier.empty(hasher);
        Map<Long, byte[]> stored = new HashMap<>();
        long[] lastId = {-1};
        assertThat(frontier.root()).isEqualTo(hasher.emptyRoot());
        for (int i = 0; i < 300; i++) {
            byte[] leaf = hasher.leafHash(("leaf " + i).getBytes(StandardCharsets.UTF_8));
            reference.appendLeafHash(leaf);
            stored.put(NodeIds.id(0, i), leaf);
            frontier.append(leaf, (id, hash) -> {
                assertThat(id).isGreaterThan(lastId[0]);
                lastId[0] = id;
                long first = NodeIds.firstLeaf(id);
                assertThat(hash).isEqualTo(reference.hash(first, first + (1L << NodeIds.level(id))));
                stored.put(id, hash);
            });
            assertThat(frontier.root()).as("root at size %d", i + 1).isEqualTo(reference.rootHash());
            // a frontier rebuilt from the stored hashes continues the same tree
            Frontier reloaded = Frontier.of(hasher, frontier.size(), stored);
            assertThat(reloaded.root()).isEqualTo(reference.rootHash());
        }
        // n leaves and, above them, n - popcount(n) complete subtrees
        assertThat(stored.size()).isEqualTo(300 + 300 - Long.bitCount(300));
    }

    @Test
    void proofsFromStoredSubtreesEqualTheInMemoryOnes() {
        InMemoryMerkleTree reference = new InMemoryMerkleTree(hasher);
        Map<Long, byte[]> stored = new HashMap<>();
        Frontier frontier = Frontier.empty(hasher);
        for (int i = 0; i < 77; i++) {
            byte[] leaf = hasher.leafHash(new byte[] {(byte) i});
            reference.appendLeafHash(leaf);
            stored.put(NodeIds.id(0, i), leaf);
            frontier.append(leaf, stored::put);
        }
        int[] queries = {0};
        TreeStore fake = new TreeStore(null) {
            @Override
            Map<Long, byte[]> hashes(long[] ids) {
                queries[0]++;
                Map<Long, byte[]> found = new HashMap<>();
                for (long id : ids) {
                    found.put(id, stored.get(id));
                }
                return found;
            }
        };
        LedgerProofs proofs = new LedgerProofs(fake, hasher);
        ProofGenerator expected = reference.proofs();
        for (long size = 1; size <= 77; size++) {
            assertThat(proofs.root(size)).isEqualTo(reference.rootHash(size));
            for (long index = 0; index < size; index++) {
                queries[0] = 0;
                assertEqual(proofs.inclusion(index, size), expected.inclusionProof(index, size));
                assertThat(queries[0]).as("one read per proof").isLessThanOrEqualTo(1);
            }
            for (long from = 0; from <= size; from++) {
                assertEqual(proofs.consistency(from, size), expected.consistencyProof(from, size));
            }
        }
    }

    private static void assertEqual(List<byte[]> actual, List<byte[]> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < actual.size(); i++) {
            assertThat(actual.get(i)).isEqualTo(expected.get(i));
        }
    }
}
