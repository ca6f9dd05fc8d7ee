package org.govdx.common.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Encrypts secrets at rest (data source passwords, API keys) with SM4-GCM under the platform's
 * master key. A sealed value is text: {@code v1:} followed by the base64 of
 * {@code nonce(12) || ciphertext || tag(16)}, so that a later format or key can be told apart.
 * Each value is bound to a context string (for example {@code datasource:17:password}) as GCM
 * associated data: a ciphertext copied to another row or field no longer opens.
 */
public final class SecretCipher {

    /** Prefix of the current format: SM4-GCM, 12-byte random nonce, 16-byte tag. */
    public static final String V1 = "v1:";

    private final byte[] key;

    /** A cipher under a 16-byte SM4 master key. */
    public SecretCipher(byte[] key) {
        if (key == null || key.length != Sm4Gcm.KEY_BYTES) {
            throw new IllegalArgumentException("the master key must be 16 bytes");
        }
        this.key = key.clone();
    }

    /** Seals {@code plaintext} for {@code context}; null stays null. */
    public String encrypt(String plaintext, String context) {
        if (plaintext == null) {
            return null;
        }
        byte[] sealed = Sm4Gcm.seal(key, plaintext.getBytes(StandardCharsets.UTF_8), aad(context));
        return V1 + Base64.getEncoder().encodeToString(sealed);
    }

    /**
     * Opens a value sealed by {@link #encrypt} for the same context; null stays null.
     *
     * @throws Sm4Gcm.TamperedException when the value was altered, belongs to another context or key
     */
    public String decrypt(String sealed, String context) {
        if (sealed == null) {
            return null;
        }
        if (!sealed.startsWith(V1)) {
            throw new IllegalArgumentException("unknown secret format");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(sealed.substring(V1.length()));
        } catch (IllegalArgumentException e) {
            throw new Sm4Gcm.TamperedException();
        }
        return new String(Sm4Gcm.open(key, raw, aad(context)), StandardCharsets.UTF_8);
    }

    /**
     * A 32-byte key for another purpose, derived from the master key with HMAC-SM3 over
     * {@code label}, e.g. the salt of hashed values in a preview. The master key itself never leaves.
     */
    public byte[] derive(String label) {
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(key));
        byte[] in = ("govdx-derive:" + label).getBytes(StandardCharsets.UTF_8);
        mac.update(in, 0, in.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return out;
    }

    private static byte[] aad(String context) {
        return ("govdx-secret:" + (context == null ? "" : context)).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "SecretCipher[SM4-GCM]";
    }
}
