package org.govdx.common;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;

/** SM3 (GB/T 32905) hashing for fingerprints of secrets such as API tokens. */
public final class Sm3 {

    private Sm3() {
    }

    /** The SM3 digest of {@code data}. */
    public static byte[] hash(byte[] data) {
        SM3Digest digest = new SM3Digest();
        digest.update(data, 0, data.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }

    /** The SM3 digest of the UTF-8 bytes of {@code text}, as lower-case hex. */
    public static String hex(String text) {
        return HexFormat.of().formatHex(hash(text.getBytes(StandardCharsets.UTF_8)));
    }
}
