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
 * The lines of an input file, strict UTF-8, numbered for messages: what {@link LeafFile} and
 * {@link CheckpointFile} read, one line at a time.
 */
final class TextLines implements Closeable {

    private final Path file;
    private final String kind;
    private final BufferedReader reader;
    private long number;

    private TextLines(Path file, String kind, BufferedReader reader) {
        this.file = file;
        this.kind = kind;
        this.reader = reader;
    }

    /** @param kind what the file holds, for messages ({@code leaves file}, {@code checkpoints file}) */
    static TextLines open(Path file, String kind) {
        try {
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return new TextLines(file, kind,
                    new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 64 * 1024));
        } catch (NoSuchFileException e) {
            throw new UsageException(kind + " not found: " + file);
        } catch (IOException e) {
            throw new UsageException("cannot read " + kind + " " + file + ": " + e.getMessage());
        }
    }

    /** The next line, or null at the end of the file. */
    String next() {
        try {
            String line = reader.readLine();
            number++;
            return line;
        } catch (CharacterCodingException e) {
            throw new FormatException(file + " line " + (number + 1) + ": not valid UTF-8");
        } catch (IOException e) {
            throw new UsageException("cannot read " + kind + " " + file + ": " + e.getMessage());
        }
    }

    /** The number of the line {@link #next} returned last. */
    long number() {
        return number;
    }

    Path file() {
        return file;
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
