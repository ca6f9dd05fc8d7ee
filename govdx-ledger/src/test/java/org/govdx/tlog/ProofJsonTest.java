package org.govdx.tlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.govdx.tlog.TestHex.hex;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProofJsonTest {

    private static final String H0 = "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7";
    private static final String H1 = "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e";

    @Test
    void inclusionProofRoundTrip() {
        InclusionProof proof = InclusionProof.fromJson(
                " {\n \"hashes\" : [\"" + H0 + "\", \"" + H1.toUpperCase() + "\"], \"treeSize\": 8, \"index\" :0 }\n");
        assertThat(proof.index()).isZero();
        assertThat(proof.treeSize()).isEqualTo(8);
        assertThat(proof.hashes()).extracting(TestHex::hex).containsExactly(H0, H1);
        assertThat(proof.toJson()).isEqualTo("{\"index\":0,\"treeSize\":8,\"hashes\":[\"" + H0 + "\",\"" + H1 + "\"]}");
        assertThat(InclusionProof.fromJson(proof.toJson()).toJson()).isEqualTo(proof.toJson());
    }

    @Test
    void unknownMembersAreIgnored() {
        InclusionProof proof = InclusionProof.fromJson("{\"index\":3,\"treeSize\":4,\"hashes\":[],"
                + "\"leafHash\":\"ab\",\"extra\":{\"nested\":[1,true,false,null,\"s\\u00e9\\n\"]}}");
        assertThat(proof.hashes()).isEmpty();
        ConsistencyProof consistency = ConsistencyProof.fromJson("{\"from\":1,\"to\":2,\"hashes\":[\"" + H0 + "\"],\"x\":-5}");
        assertThat(consistency.from()).isEqualTo(1);
        assertThat(consistency.to()).isEqualTo(2);
        assertThat(hex(consistency.hashes().get(0))).isEqualTo(H0);
        assertThat(consistency.toJson()).isEqualTo("{\"from\":1,\"to\":2,\"hashes\":[\"" + H0 + "\"]}");
    }

    @Test
    void hashesAreCopied() {
        byte[] hash = new byte[32];
        InclusionProof proof = new InclusionProof(0, 2, List.of(hash));
        hash[0] = 1;
        assertThat(proof.hashes().get(0)[0]).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "[]",
        "{}",
        "{\"index\":0,\"treeSize\":8}",
        "{\"index\":0,\"hashes\":[]}",
        "{\"treeSize\":8,\"hashes\":[]}",
        "{\"index\":-1,\"treeSize\":8,\"hashes\":[]}",
        "{\"index\":1.0,\"treeSize\":8,\"hashes\":[]}",
        "{\"index\":1e2,\"treeSize\":8,\"hashes\":[]}",
        "{\"index\":01,\"treeSize\":8,\"hashes\":[]}",
        "{\"index\":\"1\",\"treeSize\":8,\"hashes\":[]}",
        "{\"index\":9223372036854775808,\"treeSize\":8,\"hashes\":[]}",
        "{\"index\":0,\"treeSize\":8,\"hashes\":\"ab\"}",
        "{\"index\":0,\"treeSize\":8,\"hashes\":[1]}",
        "{\"index\":0,\"treeSize\":8,\"hashes\":[\"xyz\"]}",
        "{\"index\":0,\"treeSize\":8,\"hashes\":[\"abc\"]}",
        "{\"index\":0,\"index\":1,\"treeSize\":8,\"hashes\":[]}",
        "{\"index\":0,\"treeSize\":8,\"hashes\":[]} trailing",
        "{\"index\":0,\"treeSize\":8,\"hashes\":[],}",
        "{\"index\":0,\"treeSize\":8,\"hashes\":[\"ab\",]}",
        "{\"index\":0,\"treeSize\":8,\"hashes\":[]",
        "{\"index\":0,\"treeSize\":8,\"hashes\":[],\"x\":\"bad \\q escape\"}",
        "{\"index\":0,\"treeSize\":8,\"hashes\":[],\"x\":tru}",
        "{index:0,\"treeSize\":8,\"hashes\":[]}",
        "{\"index\":0,\"treeSize\":8,\"hashes\":[],\"x\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}",
    })
    void malformedInclusionProofsAreRejected(String json) {
        assertThatThrownBy(() -> InclusionProof.fromJson(json)).isInstanceOf(FormatException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"from\":1,\"hashes\":[]}",
        "{\"to\":1,\"hashes\":[]}",
        "{\"from\":1,\"to\":2}",
        "{\"index\":0,\"treeSize\":8,\"hashes\":[]}",
    })
    void malformedConsistencyProofsAreRejected(String json) {
        assertThatThrownBy(() -> ConsistencyProof.fromJson(json)).isInstanceOf(FormatException.class);
    }
}
