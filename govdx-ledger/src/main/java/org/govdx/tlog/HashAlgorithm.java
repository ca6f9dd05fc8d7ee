package org.govdx.tlog;

import java.util.Locale;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * A cryptographic hash function used to build the Merkle tree of the log.
 *
 * <p>Implementations must be stateless and thread-safe. Two are provided: {@link #SM3} (GB/T 32905,
 * the default of GovDX) and {@link #SHA256} (the hash of RFC 6962 / RFC 9162 and of most public
 * transparency logs).
 */
public interface HashAlgorithm {

    /** SM3 (GB/T 32905-2016), 32-byte digests; the GovDX default. */
    HashAlgorithm SM3 = new DigestHashAlgorithm("SM3", 32, SM3Digest::new);

    /** SHA-256 (FIPS 180-4), 32-byte digests. */
    HashAlgorithm SHA256 = new DigestHashAlgorithm("SHA-256", 32, SHA256Digest::new);

    /** The algorithm used when nothing else is configured: {@link #SM3}. */
    HashAlgorithm DEFAULT = SM3;

    /** Returns the conventional name of the algorithm, for example {@code "SM3"}. */
    String name();

    /** Returns the length of a digest in bytes. */
    int digestSize();

    /**
     * Hashes the concatenation of {@code parts}.
     *
     * @param parts byte strings hashed one after the other, as if concatenated
     * @return a new array of {@link #digestSize()} bytes
     */
    byte[] hash(byte[]... parts);

    /**
     * Looks an algorithm up by name, ignoring case and dashes: {@code sm3}, {@code sha256} or
     * {@code sha-256}.
     *
     * @throws IllegalArgumentException if the name is unknown
     */
    static HashAlgorithm byName(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace("-", "");
        switch (key) {
            case "sm3":
                return SM3;
            case "sha256":
                return SHA256;
            default:
                throw new IllegalArgumentException("unknown hash algorithm '" + name + "' (expected sm3 or sha256)");
        }
    }
}
