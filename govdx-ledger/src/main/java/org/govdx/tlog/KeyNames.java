package org.govdx.tlog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The signed-note rules for key names and key IDs. */
final class KeyNames {

    private KeyNames() {
    }

    /**
     * Checks a key name: non-empty, without Unicode spaces, control characters or {@code '+'}.
     *
     * @throws FormatException if the name breaks a rule
     */
    static String check(String name) {
        if (name == null || name.isEmpty()) {
            throw new FormatException("key name is empty");
        }
        name.codePoints().forEach(c -> {
            if (c == '+' || Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                throw new FormatException("key name " + Codec.abbreviate(name)
                        + " contains a space, a control character or '+'");
            }
        });
        Codec.utf8Bytes(name, "key name");
        return name;
    }

    /**
     * Computes the key ID {@code SHA-256(name || 0x0A || type || publicKey)[:4]} as a big-endian int.
     */
    static int keyId(String name, byte[] typeAndPublicKey) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
        sha256.update(name.getBytes(StandardCharsets.UTF_8));
        sha256.update((byte) '\n');
        byte[] digest = sha256.digest(typeAndPublicKey);
        return ((digest[0] & 0xff) << 24) | ((digest[1] & 0xff) << 16) | ((digest[2] & 0xff) << 8) | (digest[3] & 0xff);
    }

    /** Formats a key ID as the 8 lowercase hex digits of key texts. */
    static String hex(int keyId) {
        return String.format("%08x", keyId);
    }

    /**
     * Parses the 8 hex digits of a key ID.
     *
     * @throws FormatException if the text is not exactly 8 hex digits
     */
    static int parseHex(String text) {
        if (text.length() != 8 || !text.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 128)) {
            throw new FormatException("key ID " + Codec.abbreviate(text) + " is not 8 hex digits");
        }
        return (int) Long.parseLong(text, 16);
    }
}
