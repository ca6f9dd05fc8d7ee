package org.govdx.common.masking;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * {@link MaskingRule#HASH}: HMAC-SM3 of the value keyed with the salt, as 64 lower-case hex digits.
 * Equal values under one salt hash alike, so records can still be joined; without the salt the
 * small space of ID numbers or phone numbers cannot be enumerated. A salt is required.
 */
final class HashMask implements Masker {

    @Override
    public String mask(String value, MaskingParams params) {
        byte[] salt = params.salt();
        if (salt == null || salt.length == 0) {
            throw new IllegalArgumentException("the HASH masking rule needs a salt");
        }
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(salt));
        byte[] in = value.getBytes(StandardCharsets.UTF_8);
        mac.update(in, 0, in.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }
}
