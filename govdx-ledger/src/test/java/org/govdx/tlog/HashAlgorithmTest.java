package org.govdx.tlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.govdx.tlog.TestHex.hex;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class HashAlgorithmTest {

    @Test
    void sm3MatchesGbt32905ExampleOne() {
        assertThat(hex(HashAlgorithm.SM3.hash("abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void sm3MatchesGbt32905ExampleTwo() {
        byte[] message = "abcd".repeat(16).getBytes(StandardCharsets.US_ASCII);
        assertThat(message).hasSize(64);
        assertThat(hex(HashAlgorithm.SM3.hash(message)))
                .isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
    }

    @Test
    void sha256MatchesFips180Example() {
        assertThat(hex(HashAlgorithm.SHA256.hash("abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void hashesTheConcatenationOfParts() {
        byte[] whole = HashAlgorithm.SM3.hash("abcd".getBytes(StandardCharsets.US_ASCII));
        byte[] parts = HashAlgorithm.SM3.hash(new byte[] {'a'}, new byte[] {'b', 'c'}, new byte[0], new byte[] {'d'});
        assertThat(parts).isEqualTo(whole);
    }

    @Test
    void looksUpByName() {
        assertThat(HashAlgorithm.byName("sm3")).isSameAs(HashAlgorithm.SM3);
        assertThat(HashAlgorithm.byName("SHA-256")).isSameAs(HashAlgorithm.SHA256);
        assertThat(HashAlgorithm.byName("sha256")).isSameAs(HashAlgorithm.SHA256);
        assertThat(HashAlgorithm.DEFAULT).isSameAs(HashAlgorithm.SM3);
        assertThat(HashAlgorithm.SM3.digestSize()).isEqualTo(32);
        assertThatThrownBy(() -> HashAlgorithm.byName("md5")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("md5");
    }
}
