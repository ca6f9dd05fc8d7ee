package org.govdx.tlog.cli;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
    private final BufferedReader reader;
    private long lineNumber;
    private int count;

    private CheckpointFile(Path file, BufferedReader reader) {
        this.file = file;
        this.reader = reader;
    }

    static CheckpointFile open(Path file) {
        try {
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return new CheckpointFile(file, new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                    decoder)));
        } catch (NoSuchFileException e) {
            throw new UsageException("checkpoints file not found: " + file);
        } catch (IOException e) {
            throw new UsageException("cannot read checkpoints file " + file + ": " + e.getMessage());
        }
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
        long start = lineNumber;
        StringBuilder note = new StringBuilder();
        int lines = 0;
        while (line != null && !line.isEmpty()) {
            note.append(line).append('\n');
            line = readLine();
            checkLength(++lines, start);
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
            checkLength(++lines, start);
        }
        if (signatures == 0 || (line != null && !line.isEmpty())) {
            throw new FormatException(file + " line " + lineNumber
                    + ": expected a signature line ('\u2014 <key name> <signature>') of the note starting at line "
                    + start);
        }
        count++;
        return note.toString();
    }

    private void checkLength(int lines, long start) {
        if (lines > MAX_NOTE_LINES) {
            throw new FormatException(file + ": the note starting at line " + start + " has more than "
                    + MAX_NOTE_LINES + " lines");
        }
    }

    private String readLine() {
        try {
            String line = reader.readLine();
            lineNumber++;
            return line;
        } catch (CharacterCodingException e) {
            throw new FormatException(file + " line " + (lineNumber + 1) + ": not valid UTF-8");
        } catch (IOException e) {
            throw new UsageException("cannot read checkpoints file " + file + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
