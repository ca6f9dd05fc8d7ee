package org.govdx.tlog;

import java.security.SecureRandom;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * Ed25519 (RFC 8032): the private key is the 32-byte seed, the public key the 32-byte point encoding,
 * signatures are 64 bytes.
 */
final class Ed25519Scheme implements SignatureScheme {

    private static final int KEY_SIZE = 32;
    private static final int SIGNATURE_SIZE = 64;

    @Override
    public byte[] generatePrivateKey(SecureRandom random) {
        byte[] seed = new byte[KEY_SIZE];
        random.nextBytes(seed);
        return seed;
    }

    @Override
    public byte[] publicKey(byte[] privateKey) {
        return privateParameters(privateKey).generatePublicKey().getEncoded();
    }

    @Override
    public void checkPublicKey(byte[] publicKey) {
        publicParameters(publicKey);
    }

    @Override
    public byte[] sign(byte[] privateKey, byte[] message, SecureRandom random) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, privateParameters(privateKey));
        signer.update(message, 0, message.length);
        return signer.generateSignature();
    }

    @Override
    public boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        if (signature.length != SIGNATURE_SIZE) {
            return false;
        }
        try {
            Ed25519Signer signer = new Ed25519Signer();
            signer.init(false, publicParameters(publicKey));
            signer.update(message, 0, message.length);
            return signer.verifySignature(signature);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Ed25519PrivateKeyParameters privateParameters(byte[] privateKey) {
        if (privateKey.length != KEY_SIZE) {
            throw new FormatException("Ed25519 private key has " + privateKey.length + " bytes, expected 32");
        }
        return new Ed25519PrivateKeyParameters(privateKey, 0);
    }

    private static Ed25519PublicKeyParameters publicParameters(byte[] publicKey) {
        if (publicKey.length != KEY_SIZE) {
            throw new FormatException("Ed25519 public key has " + publicKey.length + " bytes, expected 32");
        }
        try {
            return new Ed25519PublicKeyParameters(publicKey, 0);
        } catch (IllegalArgumentException e) {
            throw new FormatException("Ed25519 public key is not a valid curve point", e);
        }
    }
}
