package org.govdx.tlog;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A signed note (c2sp.org/signed-note): a UTF-8 text ending in a newline, a blank line, and one or
 * more signature lines {@code — <key name> <base64(key ID || signature)>}.
 *
 * <p>A parsed note is only well-formed, not trusted: check it with {@link NoteVerifier}. Parsing
 * rejects notes that are not valid UTF-8, contain control characters other than newline, do not end
 * in a newline, have no signature, more than {@value #MAX_SIGNATURES} signatures or more than
 * {@value #MAX_BYTES} bytes, or have a malformed signature line. Instances are immutable.
 */
public final class Note {

    /** The largest note accepted, in bytes. */
    public static final int MAX_BYTES = 1 << 20;

    /** The most signature lines accepted (the specification asks for at least 16). */
    public static final int MAX_SIGNATURES = 100;

    private static final String DASH = "\u2014 ";

    private final String text;
    private final List<NoteSignature> signatures;

    private Note(String text, List<NoteSignature> signatures) {
        this.text = text;
        this.signatures = List.copyOf(signatures);
    }

    /**
     * Signs {@code text} with each of {@code signers}.
     *
     * @param text the note text; must be non-empty, end with a newline and contain no other control
     *     characters
     * @throws FormatException if the text is not a valid note text
     */
    public static Note sign(String text, SignerKey... signers) {
        if (signers.length == 0) {
            throw new IllegalArgumentException("at least one signer is required");
        }
        checkText(text);
        return new Note(text, List.of()).addSignatures(signers);
    }

    /** Returns a note with the same text and additional signatures, for example a witness cosignature. */
    public Note addSignatures(SignerKey... signers) {
        byte[] message = textBytes();
        List<NoteSignature> all = new ArrayList<>(signatures);
        for (SignerKey signer : signers) {
            all.add(signer.sign(message));
        }
        if (all.size() > MAX_SIGNATURES) {
            throw new IllegalArgumentException("a note may carry at most " + MAX_SIGNATURES + " signatures");
        }
        return new Note(text, all);
    }

    /**
     * Parses a signed note from its UTF-8 bytes.
     *
     * @throws FormatException if the note is malformed
     */
    public static Note parse(byte[] note) {
        if (note.length > MAX_BYTES) {
            throw new FormatException("note is larger than " + MAX_BYTES + " bytes");
        }
        return parse(Codec.utf8(note, "note"));
    }

    /**
     * Parses a signed note.
     *
     * @throws FormatException if the note is malformed
     */
    public static Note parse(String note) {
        if (Codec.utf8Bytes(note, "note").length > MAX_BYTES) {
            throw new FormatException("note is larger than " + MAX_BYTES + " bytes");
        }
        checkCharacters(note, "note");
        if (!note.endsWith("\n")) {
            throw new FormatException("note does not end with a newline");
        }
        // The text ends at the last blank line; what follows are signature lines.
        int blank = note.lastIndexOf("\n\n");
        if (blank < 0) {
            throw new FormatException("note has no blank line before its signatures");
        }
        String text = note.substring(0, blank + 1);
        String block = note.substring(blank + 2);
        if (block.isEmpty()) {
            throw new FormatException("note has no signatures");
        }
        String[] lines = block.substring(0, block.length() - 1).split("\n", -1);
        if (lines.length > MAX_SIGNATURES) {
            throw new FormatException("note has more than " + MAX_SIGNATURES + " signatures");
        }
        List<NoteSignature> signatures = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            signatures.add(parseSignature(lines[i], i + 1));
        }
        return new Note(text, signatures);
    }

    /** Returns the note text, including its final newline. */
    public String text() {
        return text;
    }

    /** Returns the note text as the UTF-8 bytes that signatures cover. */
    public byte[] textBytes() {
        return Codec.utf8Bytes(text, "note text");
    }

    /** Returns the signatures in note order. */
    public List<NoteSignature> signatures() {
        return signatures;
    }

    /** Returns the signed note: text, blank line, signature lines. */
    public String encode() {
        StringBuilder out = new StringBuilder(text).append('\n');
        signatures.forEach(signature -> out.append(signature.line()));
        return out.toString();
    }

    /** Returns {@link #encode()} as UTF-8. */
    public byte[] encodeBytes() {
        return Codec.utf8Bytes(encode(), "note");
    }

    /**
     * Checks that {@code text} can be the text of a note.
     *
     * @throws FormatException if it cannot
     */
    static void checkText(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty() || !text.endsWith("\n")) {
            throw new FormatException("note text must end with a newline");
        }
        checkCharacters(text, "note text");
        Codec.utf8Bytes(text, "note text");
    }

    private static void checkCharacters(String s, String what) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\n') {
                throw new FormatException(what + " contains the control character U+"
                        + String.format("%04X", (int) c) + " at offset " + i);
            }
        }
    }

    private static NoteSignature parseSignature(String line, int number) {
        String where = "signature line " + number;
        if (!line.startsWith(DASH)) {
            throw new FormatException(where + " does not start with an em dash (U+2014) and a space");
        }
        String rest = line.substring(DASH.length());
        int space = rest.indexOf(' ');
        if (space < 0) {
            throw new FormatException(where + " has no signature after the key name");
        }
        String name = rest.substring(0, space);
        try {
            KeyNames.check(name);
        } catch (FormatException e) {
            throw new FormatException(where + ": " + e.getMessage());
        }
        byte[] blob = Codec.unbase64(rest.substring(space + 1), where);
        if (blob.length < 5) {
            throw new FormatException(where + " is too short for a key ID and a signature");
        }
        int keyId = ByteBuffer.wrap(blob).getInt();
        return new NoteSignature(name, keyId, Arrays.copyOfRange(blob, 4, blob.length));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Note other && text.equals(other.text) && signatures.equals(other.signatures);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, signatures);
    }

    @Override
    public String toString() {
        return encode();
    }
}
