package org.govdx.common.crypto;

import java.security.SecureRandom;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * SM4 (GB/T 32907) in GCM mode: authenticated encryption with a 128-bit key, a 96-bit nonce and a
 * 128-bit tag. The nonce must never repeat under one key; {@link #seal} draws a fresh random one.
 */
public final class Sm4Gcm {

    /** Key length in bytes. */
    public static final int KEY_BYTES = 16;
    /** Nonce length in bytes (the GCM recommendation). */
    public static final int NONCE_BYTES = 12;
    /** Authentication tag length in bytes. */
    public static final int TAG_BYTES = 16;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Sm4Gcm() {
    }

    /** Encrypts with a fresh random nonce; the result is {@code nonce || ciphertext || tag}. */
    public static byte[] seal(byte[] key, byte[] plaintext, byte[] associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = encrypt(key, nonce, plaintext, associatedData);
        byte[] out = new byte[NONCE_BYTES + sealed.length];
        System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
        System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
        return out;
    }

    /**
     * Reverses {@link #seal}.
     *
     * @throws TamperedException when the data, the associated data or the key does not match
     */
    public static byte[] open(byte[] key, byte[] nonceAndCiphertext, byte[] associatedData) {
        if (nonceAndCiphertext.length < NONCE_BYTES + TAG_BYTES) {
            throw new TamperedException();
        }
        byte[] nonce = java.util.Arrays.copyOfRange(nonceAndCiphertext, 0, NONCE_BYTES);
        byte[] body = java.util.Arrays.copyOfRange(nonceAndCiphertext, NONCE_BYTES, nonceAndCiphertext.length);
        return decrypt(key, nonce, body, associatedData);
    }

    /** SM4-GCM encryption with a caller-chosen nonce; the result is {@code ciphertext || tag}. */
    public static byte[] encrypt(byte[] key, byte[] nonce, byte[] plaintext, byte[] associatedData) {
        GCMModeCipher cipher = cipher(true, key, nonce, associatedData);
        byte[] out = new byte[cipher.getOutputSize(plaintext.length)];
        int n = cipher.processBytes(plaintext, 0, plaintext.length, out, 0);
        try {
            cipher.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /**
     * SM4-GCM decryption of {@code ciphertext || tag}.
     *
     * @throws TamperedException when the tag does not verify
     */
    public static byte[] decrypt(byte[] key, byte[] nonce, byte[] ciphertextAndTag, byte[] associatedData) {
        GCMModeCipher cipher = cipher(false, key, nonce, associatedData);
        byte[] out = new byte[cipher.getOutputSize(ciphertextAndTag.length)];
        int n = cipher.processBytes(ciphertextAndTag, 0, ciphertextAndTag.length, out, 0);
        try {
            n += cipher.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new TamperedException();
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** One raw SM4 block encryption (ECB of a single block), for the standard's test vectors. */
    public static byte[] encryptBlock(byte[] key, byte[] block) {
        SM4Engine engine = new SM4Engine();
        engine.init(true, new KeyParameter(key));
        byte[] out = new byte[16];
        engine.processBlock(block, 0, out, 0);
        return out;
    }

    private static GCMModeCipher cipher(boolean encrypt, byte[] key, byte[] nonce, byte[] associatedData) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("SM4 needs a 16-byte key");
        }
        if (nonce == null || nonce.length != NONCE_BYTES) {
            throw new IllegalArgumentException("SM4-GCM needs a 12-byte nonce");
        }
        GCMModeCipher cipher = GCMBlockCipher.newInstance(new SM4Engine());
        cipher.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_BYTES * 8, nonce, associatedData));
        return cipher;
    }

    /** The ciphertext was altered, truncated, moved to another context or sealed under another key. */
    public static final class TamperedException extends RuntimeException {

        TamperedException() {
            super("SM4-GCM authentication failed");
        }
    }
}
