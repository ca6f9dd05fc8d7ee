package org.govdx.tlog;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * A private key that signs notes, with its text form
 * {@code PRIVATE+KEY+<name>+<hex key ID>+<base64(type || private key)>} — the format of Go's
 * {@code golang.org/x/mod/sumdb/note}, where the key ID is the one of the matching
 * {@link VerifierKey}.
 *
 * <p>Private key encodings: Ed25519 the 32-byte seed, SM2 the 32-byte scalar (see
 * {@link SignatureAlgorithm}). {@link #toString()} does not reveal the key. Instances are immutable
 * and thread-safe.
 */
public final class SignerKey {

    private static final String PREFIX = "PRIVATE+KEY+";

    private final String name;
    private final SignatureAlgorithm algorithm;
    private final byte[] privateKey;
    private final VerifierKey verifierKey;
    private final SecureRandom random;

    private SignerKey(String name, SignatureAlgorithm algorithm, byte[] privateKey, SecureRandom random) {
        this.name = KeyNames.check(name);
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.privateKey = privateKey.clone();
        this.verifierKey = VerifierKey.of(name, algorithm, algorithm.scheme().publicKey(privateKey));
        this.random = random;
    }

    /** Generates a new key with a fresh {@link SecureRandom}. */
    public static SignerKey generate(String name, SignatureAlgorithm algorithm) {
        return generate(name, algorithm, new SecureRandom());
    }

    /** Generates a new SM2 key (the GovDX default). */
    public static SignerKey generateSm2(String name) {
        return generate(name, SignatureAlgorithm.SM2);
    }

    /** Generates a new Ed25519 key. */
    public static SignerKey generateEd25519(String name) {
        return generate(name, SignatureAlgorithm.ED25519);
    }

    /**
     * Generates a new key from {@code random}, which also supplies the nonces of SM2 signatures.
     *
     * @throws FormatException if the name is not a valid key name
     */
    public static SignerKey generate(String name, SignatureAlgorithm algorithm, SecureRandom random) {
        KeyNames.check(name);
        return new SignerKey(name, algorithm, algorithm.scheme().generatePrivateKey(random), random);
    }

    /**
     * Parses the text form {@code PRIVATE+KEY+<name>+<hex key ID>+<base64(type || private key)>}.
     *
     * @throws FormatException if the text is malformed, the key invalid or the key ID wrong
     */
    public static SignerKey parse(String skey) {
        if (!skey.startsWith(PREFIX)) {
            throw new FormatException("signer key does not start with " + PREFIX);
        }
        KeyText text = KeyText.parse(skey.substring(PREFIX.length()), "signer key");
        SignerKey key = new SignerKey(text.name(), text.algorithm(), text.key(), new SecureRandom());
        if (key.keyId() != text.keyId()) {
            throw new FormatException("signer key ID " + KeyNames.hex(text.keyId())
                    + " does not match its name and key (expected " + KeyNames.hex(key.keyId()) + ")");
        }
        return key;
    }

    /** Returns the key name. */
    public String name() {
        return name;
    }

    /** Returns the key ID, the same as that of {@link #verifierKey()}. */
    public int keyId() {
        return verifierKey.keyId();
    }

    /** Returns the signature algorithm. */
    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    /** Returns the matching public key. */
    public VerifierKey verifierKey() {
        return verifierKey;
    }

    /** Returns the secret text form; store it as a secret. */
    public String encode() {
        return PREFIX + KeyText.format(name, keyId(), algorithm, privateKey);
    }

    /** Signs {@code message} (a note text in UTF-8) and returns the note signature. */
    public NoteSignature sign(byte[] message) {
        return new NoteSignature(name, keyId(), algorithm.scheme().sign(privateKey, message, random));
    }

    /** Describes the key by its public part only. */
    @Override
    public String toString() {
        return "SignerKey[" + verifierKey.encode() + "]";
    }
}
