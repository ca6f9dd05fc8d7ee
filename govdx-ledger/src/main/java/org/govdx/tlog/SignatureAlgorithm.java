package org.govdx.tlog;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The signature algorithms of GovDX signed notes, each with its signed-note signature type, which
 * prefixes the public key in key IDs and key texts.
 *
 * <ul>
 *   <li>{@link #SM2} (default): SM2 signatures over SM3 (SM3withSM2, GB/T 32918.2) with the default
 *       user ID {@code "1234567812345678"}. The signed-note specification (c2sp.org/signed-note) assigns
 *       no type byte to SM2 and reserves {@code 0xff} for "signature types without an identifier byte
 *       assigned by this specification", recommending that it be followed by a longer identifier that
 *       is unlikely to collide. The SM2 type is therefore the 14 bytes {@code 0xff || "govdx/sm2-sm3"}
 *       (the identifier in ASCII). The public key is the 65-byte uncompressed point
 *       {@code 0x04 || X || Y}, the private key the 32-byte scalar, the signature DER-encoded
 *       {@code SEQUENCE {r, s}} (GM/T 0009).</li>
 *   <li>{@link #ED25519}: RFC 8032 Ed25519, type {@code 0x01} as assigned by the specification, 32-byte
 *       public keys, 32-byte seeds as private keys, 64-byte signatures; interoperable with Go's
 *       {@code golang.org/x/mod/sumdb/note} and other C2SP implementations.</li>
 * </ul>
 */
public enum SignatureAlgorithm {

    /** SM3withSM2, signature type {@code 0xff || "govdx/sm2-sm3"}; the GovDX default. */
    SM2("sm2", concat(new byte[] {(byte) 0xff}, "govdx/sm2-sm3".getBytes(StandardCharsets.US_ASCII)), new Sm2Scheme()),

    /** Ed25519, signature type {@code 0x01}. */
    ED25519("ed25519", new byte[] {0x01}, new Ed25519Scheme());

    /** The algorithm used when nothing else is configured: {@link #SM2}. */
    public static final SignatureAlgorithm DEFAULT = SM2;

    private final String id;
    private final byte[] type;
    private final SignatureScheme scheme;

    SignatureAlgorithm(String id, byte[] type, SignatureScheme scheme) {
        this.id = id;
        this.type = type;
        this.scheme = scheme;
    }

    /** Returns the short lowercase name used on the command line: {@code sm2} or {@code ed25519}. */
    public String id() {
        return id;
    }

    /** Returns the signed-note signature type bytes that precede the public key. */
    public byte[] type() {
        return type.clone();
    }

    /**
     * Looks an algorithm up by its {@link #id()}, ignoring case.
     *
     * @throws IllegalArgumentException if the name is unknown
     */
    public static SignatureAlgorithm byId(String id) {
        for (SignatureAlgorithm algorithm : values()) {
            if (algorithm.id.equals(id.toLowerCase(Locale.ROOT))) {
                return algorithm;
            }
        }
        throw new IllegalArgumentException("unknown signature algorithm '" + id + "' (expected sm2 or ed25519)");
    }

    /**
     * Finds the algorithm whose type bytes start {@code typeAndKey}.
     *
     * @throws FormatException if no supported type matches
     */
    static SignatureAlgorithm ofTypedKey(byte[] typeAndKey) {
        for (SignatureAlgorithm algorithm : values()) {
            byte[] t = algorithm.type;
            if (typeAndKey.length > t.length && Arrays.equals(typeAndKey, 0, t.length, t, 0, t.length)) {
                return algorithm;
            }
        }
        String first = typeAndKey.length == 0 ? "none" : String.format("0x%02x", typeAndKey[0] & 0xff);
        throw new FormatException("unsupported signature type (first byte " + first + ")");
    }

    /** Returns {@code type || key}. */
    byte[] typed(byte[] key) {
        return concat(type, key);
    }

    /** Returns the key that follows the type bytes in {@code typeAndKey}. */
    byte[] untyped(byte[] typeAndKey) {
        return Arrays.copyOfRange(typeAndKey, type.length, typeAndKey.length);
    }

    SignatureScheme scheme() {
        return scheme;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
