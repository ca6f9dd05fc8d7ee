package org.govdx.tlog;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * One signature line of a signed note: {@code — <name> <base64(key ID || signature)>}.
 *
 * @param name the key name
 * @param keyId the 32-bit key ID, big-endian in the encoding
 * @param signature the algorithm's signature bytes (copied)
 */
public record NoteSignature(String name, int keyId, byte[] signature) {

    /** Validates the name and copies the signature. */
    public NoteSignature {
        KeyNames.check(name);
        signature = Objects.requireNonNull(signature, "signature").clone();
        if (signature.length == 0) {
            throw new FormatException("signature by " + name + " is empty");
        }
    }

    /** Returns a copy of the signature bytes. */
    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** Returns the signature line, em dash first and newline last. */
    public String line() {
        byte[] blob = ByteBuffer.allocate(4 + signature.length).putInt(keyId).put(signature).array();
        return "\u2014 " + name + " " + Codec.base64(blob) + "\n";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NoteSignature other && name.equals(other.name) && keyId == other.keyId
                && Arrays.equals(signature, other.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, keyId, Arrays.hashCode(signature));
    }

    @Override
    public String toString() {
        return line().strip();
    }
}
