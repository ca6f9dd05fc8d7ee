package org.govdx.tlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class MerkleFrontierTest {

    @Test
    void rootMatchesTheFullTreeAtEverySize() {
        for (MerkleHasher hasher : new MerkleHasher[] {MerkleHasher.sm3(), MerkleHasher.sha256()}) {
            InMemoryMerkleTree tree = new InMemoryMerkleTree(hasher);
            MerkleFrontier frontier = new MerkleFrontier(hasher);
            assertThat(frontier.root()).isEqualTo(hasher.emptyRoot());
            for (int i = 0; i < 300; i++) {
                byte[] data = ("leaf " + i).getBytes(StandardCharsets.UTF_8);
                tree.append(data);
                frontier.append(hasher.leafHash(data));
                assertThat(frontier.size()).isEqualTo(i + 1);
                assertThat(frontier.root()).as("size %d", i + 1).isEqualTo(tree.rootHash());
            }
        }
    }

    @Test
    void rejectsAHashOfTheWrongLength() {
        assertThatThrownBy(() -> new MerkleFrontier(MerkleHasher.sm3()).append(new byte[20]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exportedLeafLines() {
        ExportedLeaf leaf = ExportedLeaf.fromJson(
                "{\"index\":7,\"data\":\"{\\\"a\\\":\\\"\u6570\\u636e\\\"}\",\"leafHash\":\"00FF\",\"extra\":true}");
        assertThat(leaf.index()).isEqualTo(7);
        assertThat(leaf.data()).isEqualTo("{\"a\":\"\u6570\u636e\"}");
        assertThat(leaf.dataBytes()).isEqualTo("{\"a\":\"数据\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(leaf.leafHash()).containsExactly(0x00, 0xff);
        assertThatThrownBy(() -> ExportedLeaf.fromJson("{\"index\":1,\"leafHash\":\"00\"}"))
                .isInstanceOf(FormatException.class).hasMessageContaining("missing \"data\"");
        assertThatThrownBy(() -> ExportedLeaf.fromJson("{\"index\":1,\"data\":\"x\",\"leafHash\":\"zz\"}"))
                .isInstanceOf(FormatException.class).hasMessageContaining("leafHash");
        assertThatThrownBy(() -> ExportedLeaf.fromJson("{\"index\":-1,\"data\":\"x\",\"leafHash\":\"00\"}"))
                .isInstanceOf(FormatException.class);
        assertThatThrownBy(() -> ExportedLeaf.fromJson("[1]")).isInstanceOf(FormatException.class);
    }
}
