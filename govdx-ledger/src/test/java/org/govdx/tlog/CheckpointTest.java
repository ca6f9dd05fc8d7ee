package org.govdx.tlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CheckpointTest {

    private static final String ROOT = "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=";

    @Test
    void parsesTheSpecificationExample() {
        Checkpoint checkpoint = Checkpoint.parse("example.com/behind-the-sofa\n20852163\n" + ROOT + "\n");
        assertThat(checkpoint.origin()).isEqualTo("example.com/behind-the-sofa");
        assertThat(checkpoint.size()).isEqualTo(20852163L);
        assertThat(checkpoint.rootHash()).hasSize(32);
        assertThat(checkpoint.extensions()).isEmpty();
        assertThat(checkpoint.toNoteText()).isEqualTo("example.com/behind-the-sofa\n20852163\n" + ROOT + "\n");
    }

    @Test
    void keepsExtensionLinesAndTheEmptyTree() {
        String text = "gov.example/ledger\n0\n" + ROOT + "\nTimestamp: 1700000000\nother ext\n";
        Checkpoint checkpoint = Checkpoint.parse(text);
        assertThat(checkpoint.size()).isZero();
        assertThat(checkpoint.extensions()).containsExactly("Timestamp: 1700000000", "other ext");
        assertThat(checkpoint.toNoteText()).isEqualTo(text);
        assertThat(checkpoint).isEqualTo(new Checkpoint("gov.example/ledger", 0, checkpoint.rootHash(),
                List.of("Timestamp: 1700000000", "other ext")));
        assertThat(Checkpoint.parse("o\n9223372036854775807\n" + ROOT + "\n").size()).isEqualTo(Long.MAX_VALUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "origin\n",
        "origin\n5\n",
        "origin\n5\n" + ROOT,
        "\n5\n" + ROOT + "\n",
        "origin\n05\n" + ROOT + "\n",
        "origin\n+5\n" + ROOT + "\n",
        "origin\n-1\n" + ROOT + "\n",
        "origin\n 5\n" + ROOT + "\n",
        "origin\n5 \n" + ROOT + "\n",
        "origin\n5.0\n" + ROOT + "\n",
        "origin\n0x10\n" + ROOT + "\n",
        "origin\n9223372036854775808\n" + ROOT + "\n",
        "origin\n99999999999999999999\n" + ROOT + "\n",
        "origin\n５\n" + ROOT + "\n",
        "origin\n5\nnot base64!\n",
        "origin\n5\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I\n",
        "origin\n5\n\n",
        "origin\n5\n" + ROOT + "\n\nextension after empty line\n",
        "ori\tgin\n5\n" + ROOT + "\n",
    })
    void malformedCheckpointsAreRejected(String text) {
        assertThatThrownBy(() -> Checkpoint.parse(text)).isInstanceOf(FormatException.class);
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void signAndOpenRoundTrip(SignatureAlgorithm algorithm) {
        SignerKey key = SignerKey.generate("gov.example/ledger", algorithm);
        Checkpoint checkpoint = new Checkpoint("gov.example/ledger", 42, HashAlgorithm.SM3.hash(new byte[] {1}));
        String signed = checkpoint.sign(key).encode();
        assertThat(signed).startsWith(checkpoint.toNoteText() + "\n\u2014 gov.example/ledger ");
        assertThat(Checkpoint.open(signed, key.verifierKey())).isEqualTo(checkpoint);
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void aModifiedCheckpointFails(SignatureAlgorithm algorithm) {
        SignerKey key = SignerKey.generate("gov.example/ledger", algorithm);
        String signed = new Checkpoint("gov.example/ledger", 42, new byte[32]).sign(key).encode();
        assertThatThrownBy(() -> Checkpoint.open(signed.replace("\n42\n", "\n43\n"), key.verifierKey()))
                .isInstanceOf(VerificationException.class);
        String otherRoot = signed.replace("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
                "AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        assertThat(otherRoot).isNotEqualTo(signed);
        assertThatThrownBy(() -> Checkpoint.open(otherRoot, key.verifierKey()))
                .isInstanceOf(VerificationException.class);
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void aWrongKeyFails(SignatureAlgorithm algorithm) {
        SignerKey key = SignerKey.generate("gov.example/ledger", algorithm);
        SignerKey other = SignerKey.generate("gov.example/ledger", algorithm);
        String signed = new Checkpoint("gov.example/ledger", 1, new byte[32]).sign(key).encode();
        assertThatThrownBy(() -> Checkpoint.open(signed, other.verifierKey()))
                .isInstanceOf(VerificationException.class);
    }

    @Test
    void aValidlySignedButMalformedCheckpointIsRejected() {
        SignerKey key = SignerKey.generateEd25519("log");
        String signed = Note.sign("log\n007\nAAAA\n", key).encode();
        assertThatThrownBy(() -> Checkpoint.open(signed, key.verifierKey()))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("leading zeros");
    }

    @Test
    void invalidPartsAreRejectedAtConstruction() {
        assertThatThrownBy(() -> new Checkpoint("", 1, new byte[32])).isInstanceOf(FormatException.class);
        assertThatThrownBy(() -> new Checkpoint("a\nb", 1, new byte[32])).isInstanceOf(FormatException.class);
        assertThatThrownBy(() -> new Checkpoint("o", -1, new byte[32])).isInstanceOf(FormatException.class);
        assertThatThrownBy(() -> new Checkpoint("o", 1, new byte[0])).isInstanceOf(FormatException.class);
        assertThatThrownBy(() -> new Checkpoint("o", 1, new byte[32], List.of(""))).isInstanceOf(FormatException.class);
    }
}
