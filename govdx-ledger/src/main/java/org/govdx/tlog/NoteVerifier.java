package org.govdx.tlog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks signed notes against a set of trusted {@link VerifierKey}s, with the rules of
 * c2sp.org/signed-note: signatures from unknown keys (name and key ID not both matching a trusted key)
 * are ignored; a signature from a trusted key that does not verify rejects the whole note; a note
 * without a valid signature from a trusted key is rejected. Instances are immutable and thread-safe.
 */
public final class NoteVerifier {

    private final List<VerifierKey> keys;

    /**
     * Creates a verifier trusting {@code keys}.
     *
     * @throws IllegalArgumentException if there is no key, or two keys share both name and key ID
     */
    public NoteVerifier(Collection<VerifierKey> keys) {
        this.keys = List.copyOf(keys);
        if (this.keys.isEmpty()) {
            throw new IllegalArgumentException("at least one trusted key is required");
        }
        for (int i = 0; i < this.keys.size(); i++) {
            for (int j = i + 1; j < this.keys.size(); j++) {
                VerifierKey a = this.keys.get(i);
                VerifierKey b = this.keys.get(j);
                if (a.name().equals(b.name()) && a.keyId() == b.keyId()) {
                    throw new IllegalArgumentException("ambiguous trusted keys: " + a + " and " + b);
                }
            }
        }
    }

    /** Creates a verifier trusting {@code keys}. */
    public NoteVerifier(VerifierKey... keys) {
        this(List.of(keys));
    }

    /**
     * Verifies {@code note} and returns the signatures that verified (at least one).
     *
     * @throws VerificationException if a trusted key's signature is invalid or none is present
     */
    public List<NoteSignature> verify(Note note) {
        byte[] message = note.textBytes();
        List<NoteSignature> verified = new ArrayList<>();
        for (NoteSignature signature : note.signatures()) {
            for (VerifierKey key : keys) {
                if (key.identifies(signature)) {
                    if (!key.verify(message, signature.signature())) {
                        throw new VerificationException("signature by " + key.name() + " (key ID "
                                + KeyNames.hex(key.keyId()) + ") does not verify: the note was modified or"
                                + " not signed by this key");
                    }
                    verified.add(signature);
                }
            }
        }
        if (verified.isEmpty()) {
            String present = note.signatures().stream()
                    .map(s -> s.name() + "+" + KeyNames.hex(s.keyId()))
                    .collect(Collectors.joining(", "));
            String trusted = keys.stream()
                    .map(k -> k.name() + "+" + KeyNames.hex(k.keyId()))
                    .collect(Collectors.joining(", "));
            throw new VerificationException(
                    "note has no signature by a trusted key (signed by " + present + "; trusted: " + trusted + ")");
        }
        return verified;
    }

    /**
     * Parses and verifies a signed note.
     *
     * @throws FormatException if the note is malformed
     * @throws VerificationException if it does not verify
     */
    public Note open(String signedNote) {
        Note note = Note.parse(signedNote);
        verify(note);
        return note;
    }

    /** Parses (from UTF-8) and verifies a signed note. */
    public Note open(byte[] signedNote) {
        Note note = Note.parse(signedNote);
        verify(note);
        return note;
    }
}
