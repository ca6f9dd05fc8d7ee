package org.govdx.tlog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A transparency log checkpoint (c2sp.org/tlog-checkpoint): the note text
 *
 * <pre>
 * &lt;origin&gt;
 * &lt;tree size in decimal&gt;
 * &lt;base64 root hash&gt;
 * [&lt;extension line&gt;...]
 * </pre>
 *
 * <p>each line ending in a newline, signed as a {@link Note}. The log's key name should equal the
 * origin. Instances are immutable.
 */
public final class Checkpoint {

    // Decimal without sign or leading zeros (except for the empty tree's "0").
    private static final Pattern SIZE = Pattern.compile("0|[1-9][0-9]{0,18}");

    private final String origin;
    private final long size;
    private final byte[] rootHash;
    private final List<String> extensions;

    /**
     * Creates a checkpoint.
     *
     * @param origin the log identity, for example {@code gov.example/ledger}; one non-empty line
     * @param size the tree size, at least 0
     * @param rootHash the root hash of the tree of {@code size} leaves
     * @param extensions optional non-empty extension lines (not recommended by the specification)
     * @throws FormatException if a part is invalid
     */
    public Checkpoint(String origin, long size, byte[] rootHash, List<String> extensions) {
        this.origin = checkLine(origin, "origin");
        if (size < 0) {
            throw new FormatException("tree size is negative: " + size);
        }
        this.size = size;
        if (rootHash == null || rootHash.length == 0) {
            throw new FormatException("root hash is empty");
        }
        this.rootHash = rootHash.clone();
        this.extensions = List.copyOf(extensions);
        this.extensions.forEach(line -> checkLine(line, "extension line"));
    }

    /** Creates a checkpoint without extension lines. */
    public Checkpoint(String origin, long size, byte[] rootHash) {
        this(origin, size, rootHash, List.of());
    }

    /**
     * Parses a checkpoint note text (the text only, without the blank line and signatures).
     *
     * @throws FormatException if the text is not a well-formed checkpoint
     */
    public static Checkpoint parse(String noteText) {
        Note.checkText(noteText);
        String[] lines = noteText.substring(0, noteText.length() - 1).split("\n", -1);
        if (lines.length < 3) {
            throw new FormatException("checkpoint has " + lines.length
                    + " lines, expected at least 3 (origin, tree size, root hash)");
        }
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                throw new FormatException("checkpoint line " + (i + 1) + " is empty");
            }
        }
        if (!SIZE.matcher(lines[1]).matches()) {
            throw new FormatException("checkpoint tree size " + Codec.abbreviate(lines[1])
                    + " is not a decimal number without sign or leading zeros");
        }
        long size;
        try {
            size = Long.parseLong(lines[1]);
        } catch (NumberFormatException e) {
            throw new FormatException("checkpoint tree size " + lines[1] + " is too large");
        }
        byte[] root = Codec.unbase64(lines[2], "checkpoint root hash");
        List<String> extensions = new ArrayList<>(Arrays.asList(lines).subList(3, lines.length));
        return new Checkpoint(lines[0], size, root, extensions);
    }

    /**
     * Parses a signed checkpoint and verifies it with {@code keys}.
     *
     * @throws FormatException if the note or the checkpoint is malformed
     * @throws VerificationException if no trusted key signed it or a trusted signature is invalid
     */
    public static Checkpoint open(String signedNote, VerifierKey... keys) {
        return open(signedNote, new NoteVerifier(keys));
    }

    /** Parses a signed checkpoint and verifies it with {@code verifier}. */
    public static Checkpoint open(String signedNote, NoteVerifier verifier) {
        return parse(verifier.open(signedNote).text());
    }

    /** Returns the origin line. */
    public String origin() {
        return origin;
    }

    /** Returns the tree size. */
    public long size() {
        return size;
    }

    /** Returns a copy of the root hash. */
    public byte[] rootHash() {
        return rootHash.clone();
    }

    /** Returns the extension lines, usually none. */
    public List<String> extensions() {
        return extensions;
    }

    /** Returns the note text: origin, size, base64 root hash and extension lines, each ending in newline. */
    public String toNoteText() {
        StringBuilder out = new StringBuilder()
                .append(origin).append('\n')
                .append(size).append('\n')
                .append(Codec.base64(rootHash)).append('\n');
        extensions.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    /** Signs the checkpoint, normally with the log key whose name is the origin. */
    public Note sign(SignerKey... signers) {
        return Note.sign(toNoteText(), signers);
    }

    private static String checkLine(String line, String what) {
        Objects.requireNonNull(line, what);
        if (line.isEmpty()) {
            throw new FormatException(what + " is empty");
        }
        if (line.chars().anyMatch(c -> c < 0x20)) {
            throw new FormatException(what + " contains a newline or control character");
        }
        Codec.utf8Bytes(line, what);
        return line;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Checkpoint other && origin.equals(other.origin) && size == other.size
                && Arrays.equals(rootHash, other.rootHash) && extensions.equals(other.extensions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(origin, size, Arrays.hashCode(rootHash), extensions);
    }

    @Override
    public String toString() {
        return "Checkpoint[" + origin + ", size " + size + ", root " + Codec.base64(rootHash) + "]";
    }
}
