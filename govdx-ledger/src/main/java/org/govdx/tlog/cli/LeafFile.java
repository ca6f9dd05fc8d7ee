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

import org.govdx.tlog.ExportedLeaf;
import org.govdx.tlog.FormatException;

/**
 * Reads a leaf export (NDJSON: one {@link ExportedLeaf} object a line, blank lines ignored) one line
 * at a time, so that a log of any size is audited in constant memory.
 */
final class LeafFile implements Closeable {

    /** A line longer than this is not a ledger leaf (the server's leaves have at most 100,000 characters). */
    private static final int MAX_LINE = 1024 * 1024;

    private final Path file;
    private final BufferedReader reader;
    private long lineNumber;

    private LeafFile(Path file, BufferedReader reader) {
        this.file = file;
        this.reader = reader;
    }

    static LeafFile open(Path file) {
        try {
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return new LeafFile(file, new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder),
                    64 * 1024));
        } catch (NoSuchFileException e) {
            throw new UsageException("leaves file not found: " + file);
        } catch (IOException e) {
            throw new UsageException("cannot read leaves file " + file + ": " + e.getMessage());
        }
    }

    /**
     * Returns the next leaf, or null at the end of the file.
     *
     * @throws FormatException naming the file and line if a line is not an exported leaf
     */
    ExportedLeaf next() {
        String line;
        do {
            line = readLine();
            if (line == null) {
                return null;
            }
        } while (line.isBlank());
        if (line.length() > MAX_LINE) {
            throw new FormatException(file + " line " + lineNumber + ": longer than " + MAX_LINE + " characters");
        }
        try {
            return ExportedLeaf.fromJson(line);
        } catch (FormatException e) {
            throw new FormatException(file + " line " + lineNumber + ": " + e.getMessage());
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
            throw new UsageException("cannot read leaves file " + file + ": " + e.getMessage());
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
