package org.govdx.tlog.cli;

import java.io.Closeable;
import java.nio.file.Path;

import org.govdx.tlog.FormatException;

/**
 * Reads a file of signed checkpoints one at a time: signed notes, each followed by a blank line (the
 * server's {@code GET /api/v1/ledger/checkpoints} and its {@code checkpoints.log} anchor file). A
 * checkpoint's text lines are never empty, so each note is its text lines, one blank line and its
 * signature lines ({@code — name signature}), ended by a blank line or the end of the file.
 */
final class CheckpointFile implements Closeable {

    private static final String SIGNATURE_PREFIX = "\u2014 ";
    private static final int MAX_NOTE_LINES = 200;

    private final Path file;
    private final TextLines lines;
    private int count;

    private CheckpointFile(TextLines lines) {
        this.file = lines.file();
        this.lines = lines;
    }

    static CheckpointFile open(Path file) {
        return new CheckpointFile(TextLines.open(file, "checkpoints file"));
    }

    /** The file name, for messages. */
    Path file() {
        return file;
    }

    /** The number of notes returned so far. */
    int count() {
        return count;
    }

    /**
     * Returns the next signed note as text (not yet verified), or null at the end of the file.
     *
     * @throws FormatException if the file ends inside a note or a note has no signature line
     */
    String next() {
        String line = readLine();
        while (line != null && line.isEmpty()) {
            line = readLine();
        }
        if (line == null) {
            return null;
        }
        long start = lines.number();
        StringBuilder note = new StringBuilder();
        int noteLines = 0;
        while (line != null && !line.isEmpty()) {
            note.append(line).append('\n');
            line = readLine();
            checkLength(++noteLines, start);
        }
        if (line == null) {
            throw new FormatException(file + ": the note starting at line " + start + " has no signatures");
        }
        note.append('\n');
        int signatures = 0;
        line = readLine();
        while (line != null && line.startsWith(SIGNATURE_PREFIX)) {
            note.append(line).append('\n');
            signatures++;
            line = readLine();
            checkLength(++noteLines, start);
        }
        if (signatures == 0 || (line != null && !line.isEmpty())) {
            throw new FormatException(file + " line " + lines.number()
                    + ": expected a signature line ('\u2014 <key name> <signature>') of the note starting at line "
                    + start);
        }
        count++;
        return note.toString();
    }

    private void checkLength(int noteLines, long start) {
        if (noteLines > MAX_NOTE_LINES) {
            throw new FormatException(file + ": the note starting at line " + start + " has more than "
                    + MAX_NOTE_LINES + " lines");
        }
    }

    private String readLine() {
        return lines.next();
    }

    @Override
    public void close() {
        lines.close();
    }
}
