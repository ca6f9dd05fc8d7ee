package org.govdx.tlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SignedNoteTest {

    // The example of Go's golang.org/x/mod/sumdb/note (also used by C2SP implementations).
    static final String PETER_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    static final String PETER_SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    static final String PETER_TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    static final String PETER_NOTE = PETER_TEXT + "\n"
            + "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

    @Test
    void reproducesTheGoReferenceNoteByteForByte() {
        SignerKey signer = SignerKey.parse(PETER_SKEY);
        assertThat(signer.encode()).isEqualTo(PETER_SKEY);
        assertThat(signer.verifierKey().encode()).isEqualTo(PETER_VKEY);
        assertThat(signer.algorithm()).isEqualTo(SignatureAlgorithm.ED25519);
        assertThat(Note.sign(PETER_TEXT, signer).encode()).isEqualTo(PETER_NOTE);
    }

    @Test
    void opensTheGoReferenceNote() {
        Note note = new NoteVerifier(VerifierKey.parse(PETER_VKEY)).open(PETER_NOTE);
        assertThat(note.text()).isEqualTo(PETER_TEXT);
        assertThat(note.signatures()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("PeterNeumann");
            assertThat(s.keyId()).isEqualTo(0xc74f20a3);
        });
        assertThat(Note.parse(PETER_NOTE).encode()).isEqualTo(PETER_NOTE);
        assertThat(new NoteVerifier(VerifierKey.parse(PETER_VKEY))
                .open(PETER_NOTE.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(PETER_TEXT);
    }

    @Test
    void rejectsTheGoReferenceNoteWhenModified() {
        NoteVerifier verifier = new NoteVerifier(VerifierKey.parse(PETER_VKEY));
        assertThatThrownBy(() -> verifier.open(PETER_NOTE.replace("cryptography", "cryptographY")))
                .isInstanceOf(VerificationException.class)
                .hasMessageContaining("does not verify");
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void signsAndVerifiesRoundTrip(SignatureAlgorithm algorithm) {
        SignerKey signer = SignerKey.generate("gov.example/ledger", algorithm);
        String text = "一个政府数据共享日志\nsecond line\n";
        String signed = Note.sign(text, signer).encode();

        SignerKey reparsed = SignerKey.parse(signer.encode());
        VerifierKey vkey = VerifierKey.parse(signer.verifierKey().encode());
        assertThat(vkey).isEqualTo(signer.verifierKey());
        assertThat(reparsed.verifierKey()).isEqualTo(vkey);

        Note note = new NoteVerifier(vkey).open(signed);
        assertThat(note.text()).isEqualTo(text);
        assertThat(Note.parse(signed).encode()).isEqualTo(signed);
        // A second signature by the re-parsed key verifies too (SM2 signatures are randomized).
        assertThat(new NoteVerifier(vkey).verify(Note.sign(text, reparsed))).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void aModifiedNoteFails(SignatureAlgorithm algorithm) {
        SignerKey signer = SignerKey.generate("gov.example/ledger", algorithm);
        String signed = Note.sign("gov.example/ledger\n10\nsome text\n", signer).encode();
        NoteVerifier verifier = new NoteVerifier(signer.verifierKey());
        assertThatThrownBy(() -> verifier.open(signed.replace("\n10\n", "\n11\n")))
                .isInstanceOf(VerificationException.class)
                .hasMessageContaining("does not verify");
        assertThatThrownBy(() -> verifier.open(signed.replaceFirst("gov", "gox")))
                .isInstanceOf(VerificationException.class);
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void aWrongKeyFails(SignatureAlgorithm algorithm) {
        SignerKey signer = SignerKey.generate("gov.example/ledger", algorithm);
        String signed = Note.sign("text\n", signer).encode();
        // Same name, other key: a different key ID, so the signature is from an unknown key.
        VerifierKey sameName = SignerKey.generate("gov.example/ledger", algorithm).verifierKey();
        VerifierKey otherName = SignerKey.generate("gov.example/other", algorithm).verifierKey();
        assertThatThrownBy(() -> new NoteVerifier(sameName).open(signed))
                .isInstanceOf(VerificationException.class)
                .hasMessageContaining("no signature by a trusted key");
        assertThatThrownBy(() -> new NoteVerifier(otherName).open(signed))
                .isInstanceOf(VerificationException.class);
    }

    @Test
    void aSignatureFromATrustedKeyThatClaimsAnotherKeysIdentityFails() {
        SignerKey real = SignerKey.generateEd25519("log");
        SignerKey impostor = SignerKey.generateEd25519("log");
        NoteSignature forged = new NoteSignature("log", real.keyId(),
                impostor.sign("text\n".getBytes(StandardCharsets.UTF_8)).signature());
        String note = "text\n\n" + forged.line();
        assertThatThrownBy(() -> new NoteVerifier(real.verifierKey()).open(note))
                .isInstanceOf(VerificationException.class)
                .hasMessageContaining("does not verify");
    }

    @Test
    void unknownSignaturesAreIgnoredButABadTrustedOneRejectsTheNote() {
        SignerKey log = SignerKey.generateSm2("gov.example/ledger");
        SignerKey witness = SignerKey.generateEd25519("witness.example/w1");
        Note note = Note.sign("gov.example/ledger\n1\nAAAA\n", log).addSignatures(witness);
        assertThat(note.signatures()).hasSize(2);

        assertThat(new NoteVerifier(witness.verifierKey()).verify(Note.parse(note.encode())))
                .singleElement().extracting(NoteSignature::name).isEqualTo("witness.example/w1");
        assertThat(new NoteVerifier(log.verifierKey(), witness.verifierKey()).verify(note)).hasSize(2);

        byte[] bad = note.signatures().get(1).signature();
        bad[10] ^= 1;
        String tampered = note.text() + "\n" + note.signatures().get(0).line()
                + new NoteSignature(witness.name(), witness.keyId(), bad).line();
        assertThat(new NoteVerifier(log.verifierKey()).open(tampered).text()).isEqualTo(note.text());
        assertThatThrownBy(() -> new NoteVerifier(log.verifierKey(), witness.verifierKey()).open(tampered))
                .isInstanceOf(VerificationException.class)
                .hasMessageContaining("witness.example/w1");
    }

    @Test
    void noteTextMayContainBlankLines() {
        SignerKey signer = SignerKey.generateEd25519("n");
        String text = "first\n\nthird\n\n";
        String signed = Note.sign(text, signer).encode();
        assertThat(new NoteVerifier(signer.verifierKey()).open(signed).text()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "text\n",
        "text\n\n",
        "text\n\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=",
        "text\n\n- PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n",
        "text\n\n\u2014PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n",
        "text\n\n\u2014 PeterNeumann\n",
        "text\n\n\u2014  x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n",
        "text\n\n\u2014 Peter+Neumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n",
        "text\n\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM\n",
        "text\n\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM= \n",
        "text\n\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnA!=\n",
        "text\n\n\u2014 PeterNeumann AAAAAA==\n",
        "text\n\n\u2014 PeterNeumann \n",
        "te\txt\n\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n",
        "text\r\n\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n",
        "text\n\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\r\n",
        "text\n\n\u2014 Peter\u3000Neumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n",
        "text\n\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\nnot a signature\n",
    })
    void malformedNotesAreRejected(String note) {
        assertThatThrownBy(() -> Note.parse(note)).isInstanceOf(FormatException.class);
    }

    @Test
    void invalidUtf8IsRejected() {
        byte[] bytes = PETER_NOTE.getBytes(StandardCharsets.UTF_8);
        bytes[3] = (byte) 0xff;
        assertThatThrownBy(() -> Note.parse(bytes)).isInstanceOf(FormatException.class).hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> Note.parse("text\ud800\n\n" + PETER_NOTE.substring(PETER_TEXT.length() + 1)))
                .isInstanceOf(FormatException.class);
    }

    @Test
    void tooManySignaturesAreRejected() {
        String line = PETER_NOTE.substring(PETER_TEXT.length() + 1);
        assertThat(Note.parse(PETER_TEXT + "\n" + line.repeat(Note.MAX_SIGNATURES)).signatures())
                .hasSize(Note.MAX_SIGNATURES);
        assertThatThrownBy(() -> Note.parse(PETER_TEXT + "\n" + line.repeat(Note.MAX_SIGNATURES + 1)))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("more than");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "no newline", "tab\there\n"})
    void invalidTextsCannotBeSigned(String text) {
        SignerKey signer = SignerKey.generateEd25519("n");
        assertThatThrownBy(() -> Note.sign(text, signer)).isInstanceOf(FormatException.class);
    }

    @Test
    void ambiguousTrustedKeysAreRefused() {
        VerifierKey key = VerifierKey.parse(PETER_VKEY);
        assertThatThrownBy(() -> new NoteVerifier(key, VerifierKey.parse(PETER_VKEY)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NoteVerifier(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
