package org.govdx.tlog;

import java.security.SecureRandom;

/** The cryptographic operations behind one {@link SignatureAlgorithm}, on raw key encodings. */
interface SignatureScheme {

    /** Returns a new random private key in this scheme's encoding. */
    byte[] generatePrivateKey(SecureRandom random);

    /**
     * Derives the public key encoding from a private key encoding.
     *
     * @throws FormatException if the private key is invalid
     */
    byte[] publicKey(byte[] privateKey);

    /**
     * Checks that {@code publicKey} is a valid, canonically encoded public key.
     *
     * @throws FormatException if it is not
     */
    void checkPublicKey(byte[] publicKey);

    /** Signs {@code message}; {@code random} is used only by randomized schemes. */
    byte[] sign(byte[] privateKey, byte[] message, SecureRandom random);

    /** Tells whether {@code signature} is valid for {@code message}; never throws for bad input. */
    boolean verify(byte[] publicKey, byte[] message, byte[] signature);
}
