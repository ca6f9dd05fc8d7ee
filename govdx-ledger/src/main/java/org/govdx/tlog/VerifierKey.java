package org.govdx.tlog;

import java.util.Arrays;
import java.util.Objects;

/**
 * A public key that verifies signed-note signatures, with its text form
 * {@code <name>+<hex key ID>+<base64(type || public key)>} (the signed-note "vkey").
 *
 * <p>The key ID is {@code SHA-256(name || 0x0A || type || public key)[:4]}; see
 * {@link SignatureAlgorithm} for the type bytes and key encodings. Instances are immutable.
 */
public final class VerifierKey {

    private final String name;
    private final SignatureAlgorithm algorithm;
    private final byte[] publicKey;
    private final int keyId;

    private VerifierKey(String name, SignatureAlgorithm algorithm, byte[] publicKey) {
        this.name = KeyNames.check(name);
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        algorithm.scheme().checkPublicKey(publicKey);
        this.publicKey = publicKey.clone();
        this.keyId = KeyNames.keyId(name, algorithm.typed(publicKey));
    }

    /**
     * Creates a verifier key from its parts.
     *
     * @throws FormatException if the name or the public key is invalid
     */
    public static VerifierKey of(String name, SignatureAlgorithm algorithm, byte[] publicKey) {
        return new VerifierKey(name, algorithm, publicKey);
    }

    /**
     * Parses the text form {@code <name>+<hex key ID>+<base64(type || public key)>}.
     *
     * @throws FormatException if the text is malformed, the algorithm unsupported, the key invalid or
     *     the key ID does not match the name and key
     */
    public static VerifierKey parse(String vkey) {
        KeyText text = KeyText.parse(vkey, "verifier key");
        VerifierKey key = new VerifierKey(text.name(), text.algorithm(), text.key());
        if (key.keyId != text.keyId()) {
            throw new FormatException("verifier key ID " + KeyNames.hex(text.keyId())
                    + " does not match its name and public key (expected " + KeyNames.hex(key.keyId) + ")");
        }
        return key;
    }

    /** Returns the key name. */
    public String name() {
        return name;
    }

    /** Returns the 32-bit key ID. */
    public int keyId() {
        return keyId;
    }

    /** Returns the signature algorithm. */
    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    /** Returns the public key encoding (without type bytes). */
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** Returns the text form {@code <name>+<hex key ID>+<base64(type || public key)>}. */
    public String encode() {
        return KeyText.format(name, keyId, algorithm, publicKey);
    }

    /** Tells whether {@code signature} (without the key ID prefix) is valid for {@code message}. */
    public boolean verify(byte[] message, byte[] signature) {
        return algorithm.scheme().verify(publicKey, message, signature);
    }

    /** Tells whether a note signature claims to be by this key (same name and key ID). */
    public boolean identifies(NoteSignature signature) {
        return name.equals(signature.name()) && keyId == signature.keyId();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VerifierKey other && name.equals(other.name) && algorithm == other.algorithm
                && Arrays.equals(publicKey, other.publicKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, algorithm, Arrays.hashCode(publicKey));
    }

    /** Returns {@link #encode()}. */
    @Override
    public String toString() {
        return encode();
    }
}
