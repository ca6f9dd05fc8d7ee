package org.govdx.tlog;

import java.math.BigInteger;
import java.security.SecureRandom;

import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.util.BigIntegers;

/**
 * SM2 signatures with SM3 (GB/T 32918.2, "SM3withSM2") on the curve sm2p256v1, using BouncyCastle's
 * {@link SM2Signer} with its default user ID {@code "1234567812345678"} (GB/T 35276).
 *
 * <p>Encodings: the private key is the scalar {@code d} as 32 big-endian bytes, the public key the
 * 65-byte uncompressed point {@code 0x04 || X || Y}, the signature the DER {@code SEQUENCE {r, s}} of
 * GM/T 0009 (about 70 to 72 bytes).
 */
final class Sm2Scheme implements SignatureScheme {

    private static final int PRIVATE_KEY_SIZE = 32;
    private static final int PUBLIC_KEY_SIZE = 65;
    private static final ECDomainParameters DOMAIN;

    static {
        X9ECParameters curve = GMNamedCurves.getByName("sm2p256v1");
        DOMAIN = new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH());
    }

    @Override
    public byte[] generatePrivateKey(SecureRandom random) {
        // GB/T 32918.1 takes d from [1, n-2] so that (1 + d) is invertible modulo n.
        BigInteger d = BigIntegers.createRandomInRange(BigInteger.ONE, DOMAIN.getN().subtract(BigInteger.TWO), random);
        return BigIntegers.asUnsignedByteArray(PRIVATE_KEY_SIZE, d);
    }

    @Override
    public byte[] publicKey(byte[] privateKey) {
        BigInteger d = scalar(privateKey);
        return new FixedPointCombMultiplier().multiply(DOMAIN.getG(), d).normalize().getEncoded(false);
    }

    @Override
    public void checkPublicKey(byte[] publicKey) {
        point(publicKey);
    }

    @Override
    public byte[] sign(byte[] privateKey, byte[] message, SecureRandom random) {
        SM2Signer signer = new SM2Signer();
        signer.init(true, new ParametersWithRandom(new ECPrivateKeyParameters(scalar(privateKey), DOMAIN), random));
        signer.update(message, 0, message.length);
        try {
            return signer.generateSignature();
        } catch (CryptoException e) {
            throw new IllegalStateException("SM2 signing failed", e);
        }
    }

    @Override
    public boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        try {
            SM2Signer signer = new SM2Signer();
            signer.init(false, new ECPublicKeyParameters(point(publicKey), DOMAIN));
            signer.update(message, 0, message.length);
            // The default DER decoding rejects non-canonical encodings, so signatures are not malleable.
            return signer.verifySignature(signature);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static BigInteger scalar(byte[] privateKey) {
        if (privateKey.length != PRIVATE_KEY_SIZE) {
            throw new FormatException("SM2 private key has " + privateKey.length + " bytes, expected 32");
        }
        BigInteger d = new BigInteger(1, privateKey);
        if (d.signum() == 0 || d.compareTo(DOMAIN.getN().subtract(BigInteger.ONE)) >= 0) {
            throw new FormatException("SM2 private key is out of range");
        }
        return d;
    }

    private static ECPoint point(byte[] publicKey) {
        // Only the uncompressed form is accepted, so that each key has a single encoding and key ID.
        if (publicKey.length != PUBLIC_KEY_SIZE || publicKey[0] != 0x04) {
            throw new FormatException("SM2 public key must be a 65-byte uncompressed point (0x04 || X || Y)");
        }
        try {
            ECPoint point = DOMAIN.getCurve().decodePoint(publicKey);
            if (point.isInfinity() || !point.isValid()) {
                throw new FormatException("SM2 public key is not a valid curve point");
            }
            return point;
        } catch (IllegalArgumentException e) {
            throw new FormatException("SM2 public key is not a valid curve point", e);
        }
    }
}
