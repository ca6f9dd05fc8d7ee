package org.govdx.tlog;

import java.util.function.Supplier;

import org.bouncycastle.crypto.Digest;

/** A {@link HashAlgorithm} backed by a BouncyCastle {@link Digest}. */
final class DigestHashAlgorithm implements HashAlgorithm {

    private final String name;
    private final int digestSize;
    // BouncyCastle digests are stateful, so a fresh one per call keeps this class thread-safe.
    private final Supplier<Digest> digests;

    DigestHashAlgorithm(String name, int digestSize, Supplier<Digest> digests) {
        this.name = name;
        this.digestSize = digestSize;
        this.digests = digests;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int digestSize() {
        return digestSize;
    }

    @Override
    public byte[] hash(byte[]... parts) {
        Digest digest = digests.get();
        for (byte[] part : parts) {
            digest.update(part, 0, part.length);
        }
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }

    @Override
    public String toString() {
        return name;
    }
}
