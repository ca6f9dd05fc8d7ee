package org.govdx.tlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.govdx.tlog.TestHex.h;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class KeysTest {

    @ParameterizedTest
    @ValueSource(strings = {
        SignedNoteTest.PETER_VKEY,
        // More Ed25519 verifier keys of Go's sumdb/note and transparency-dev/formats tests; the
        // base64 of the last one contains '+'.
        "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop",
        "TEST+7997405c+AQcC+FTVKf0jlTdHDY3rbevmnKxxPjigCXlVtGe6RIr6",
    })
    void parsesPublishedEd25519VerifierKeys(String vkey) {
        VerifierKey key = VerifierKey.parse(vkey);
        assertThat(key.algorithm()).isEqualTo(SignatureAlgorithm.ED25519);
        assertThat(key.encode()).isEqualTo(vkey);
        assertThat(key.toString()).isEqualTo(vkey);
    }

    @Test
    void everyManglingOfAVerifierKeyIsRejected() {
        String vkey = SignedNoteTest.PETER_VKEY;
        for (int i = 0; i <= vkey.length(); i++) {
            for (int j = i + 1; j <= vkey.length(); j++) {
                if (i != 0 || j != vkey.length()) {
                    String part = vkey.substring(i, j);
                    assertThatThrownBy(() -> VerifierKey.parse(part)).as(part).isInstanceOf(FormatException.class);
                }
            }
        }
        for (int i = 0; i < vkey.length(); i++) {
            String changed = vkey.substring(0, i) + (char) (vkey.charAt(i) + 1) + vkey.substring(i + 1);
            assertThatThrownBy(() -> VerifierKey.parse(changed)).as(changed).isInstanceOf(FormatException.class);
        }
    }

    @Test
    void sm2KeyIdFollowsTheSignedNoteRecommendationWithTheFfType() throws Exception {
        SignerKey key = SignerKey.generateSm2("gov.example/ledger");
        VerifierKey vkey = key.verifierKey();
        byte[] publicKey = vkey.publicKey();
        assertThat(publicKey).hasSize(65);
        assertThat(publicKey[0]).isEqualTo((byte) 0x04);

        byte[] type = SignatureAlgorithm.SM2.type();
        assertThat(type[0]).isEqualTo((byte) 0xff);
        assertThat(new String(type, 1, type.length - 1, StandardCharsets.US_ASCII)).isEqualTo("govdx/sm2-sm3");

        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update("gov.example/ledger\n".getBytes(StandardCharsets.UTF_8));
        sha256.update(type);
        byte[] digest = sha256.digest(publicKey);
        int expected = new BigInteger(1, java.util.Arrays.copyOf(digest, 4)).intValue();
        assertThat(vkey.keyId()).isEqualTo(expected);

        String[] parts = vkey.encode().split("\\+", 3);
        assertThat(parts[0]).isEqualTo("gov.example/ledger");
        assertThat(parts[1]).isEqualTo(String.format("%08x", expected));
        byte[] typed = Base64.getDecoder().decode(parts[2]);
        assertThat(java.util.Arrays.copyOf(typed, type.length)).isEqualTo(type);
        assertThat(key.encode()).startsWith("PRIVATE+KEY+gov.example/ledger+" + parts[1] + "+");
    }

    @Test
    void sm2MatchesTheGbt32918SignatureExample() {
        // GB/T 32918.2-2016 example on the recommended curve: key pair, and the signature (r, s) of
        // "message digest" with the default user ID 1234567812345678.
        byte[] d = h("3945208F7B2144B13F36E38AC6D39F95889393692860B51A42FB81EF4DF7C5B8");
        byte[] expectedPublic = h("04"
                + "09F9DF311E5421A150DD7D161E4BC5C672179FAD1833FC076BB08FF356F35020"
                + "CCEA490CE26775A52DC6EA718CC1AA600AED05FBF35E084A6632F6072DA9AD13");
        assertThat(new Sm2Scheme().publicKey(d)).isEqualTo(expectedPublic);

        BigInteger r = new BigInteger("F5A03B0648D2C4630EEAC513E1BB81A15944DA3827D5B74143AC7EACEEE720B3", 16);
        BigInteger s = new BigInteger("B1B6AA29DF212FD8763182BC0D421CA1BB9038FD1F7F42D4840B69C485BBC1AA", 16);
        byte[] der;
        try {
            der = StandardDSAEncoding.INSTANCE.encode(GMNamedCurves.getByName("sm2p256v1").getN(), r, s);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        VerifierKey key = VerifierKey.of("gbt32918", SignatureAlgorithm.SM2, expectedPublic);
        byte[] message = "message digest".getBytes(StandardCharsets.US_ASCII);
        assertThat(key.verify(message, der)).isTrue();
        assertThat(key.verify("message digesT".getBytes(StandardCharsets.US_ASCII), der)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    void keyTextsRoundTrip(SignatureAlgorithm algorithm) {
        SignerKey key = SignerKey.generate("example.com/log", algorithm);
        SignerKey parsed = SignerKey.parse(key.encode());
        assertThat(parsed.encode()).isEqualTo(key.encode());
        assertThat(parsed.keyId()).isEqualTo(key.keyId());
        assertThat(parsed.name()).isEqualTo("example.com/log");
        assertThat(key.toString()).doesNotContain(key.encode().substring(key.encode().lastIndexOf('+')));
        assertThat(VerifierKey.parse(key.verifierKey().encode())).isEqualTo(key.verifierKey());
        assertThat(SignatureAlgorithm.byId(algorithm.id())).isEqualTo(algorithm);
    }

    @Test
    void malformedKeysAreRejected() {
        SignerKey sm2 = SignerKey.generateSm2("log");
        String vkey = sm2.verifierKey().encode();
        String[] parts = vkey.split("\\+", 3);
        byte[] typed = Base64.getDecoder().decode(parts[2]);

        // Wrong key ID.
        assertThatThrownBy(() -> VerifierKey.parse("log+00000000+" + parts[2]))
                .isInstanceOf(FormatException.class).hasMessageContaining("does not match");
        // Unsupported signature type (ECDSA, 0x02).
        byte[] ecdsa = typed.clone();
        ecdsa[0] = 0x02;
        assertThatThrownBy(() -> VerifierKey.parse("log+" + parts[1] + "+" + Base64.getEncoder().encodeToString(ecdsa)))
                .isInstanceOf(FormatException.class).hasMessageContaining("unsupported signature type");
        // Compressed SM2 point.
        byte[] compressed = java.util.Arrays.copyOf(typed, 14 + 33);
        compressed[14] = 0x02;
        assertThatThrownBy(() -> VerifierKey.of("log", SignatureAlgorithm.SM2, java.util.Arrays.copyOfRange(
                compressed, 14, compressed.length))).isInstanceOf(FormatException.class);
        // A point that is not on the curve.
        byte[] offCurve = sm2.verifierKey().publicKey();
        offCurve[64] ^= 1;
        assertThatThrownBy(() -> VerifierKey.of("log", SignatureAlgorithm.SM2, offCurve))
                .isInstanceOf(FormatException.class).hasMessageContaining("curve point");
        // Wrong Ed25519 key length.
        assertThatThrownBy(() -> VerifierKey.of("log", SignatureAlgorithm.ED25519, new byte[31]))
                .isInstanceOf(FormatException.class);
        // Invalid names.
        assertThatThrownBy(() -> SignerKey.generateEd25519("a b")).isInstanceOf(FormatException.class);
        assertThatThrownBy(() -> SignerKey.generateEd25519("")).isInstanceOf(FormatException.class);
        // Signer key without the PRIVATE+KEY+ prefix, or with a public key in it.
        assertThatThrownBy(() -> SignerKey.parse(vkey)).isInstanceOf(FormatException.class);
        assertThatThrownBy(() -> SignerKey.parse("PRIVATE+KEY+" + vkey)).isInstanceOf(FormatException.class);
        // Signer key whose ID does not match.
        String skey = sm2.encode();
        String wrongId = skey.replace("+" + parts[1] + "+", "+" + "00000000" + "+");
        assertThatThrownBy(() -> SignerKey.parse(wrongId)).isInstanceOf(FormatException.class);
        assertThatThrownBy(() -> SignatureAlgorithm.byId("rsa")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void signaturesOfOneAlgorithmDoNotVerifyUnderAnother() {
        byte[] message = "text\n".getBytes(StandardCharsets.UTF_8);
        SignerKey ed = SignerKey.generateEd25519("log");
        SignerKey sm2 = SignerKey.generateSm2("log");
        assertThat(sm2.verifierKey().verify(message, ed.sign(message).signature())).isFalse();
        assertThat(ed.verifierKey().verify(message, sm2.sign(message).signature())).isFalse();
        assertThat(sm2.verifierKey().verify(message, new byte[] {0x30, 0x00})).isFalse();
    }
}
