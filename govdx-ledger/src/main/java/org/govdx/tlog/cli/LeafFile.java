package org.govdx.tlog.cli;

import java.io.Closeable;
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
    private final TextLines lines;

    private LeafFile(TextLines lines) {
        this.file = lines.file();
        this.lines = lines;
    }

    static LeafFile open(Path file) {
        return new LeafFile(TextLines.open(file, "leaves file"));
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
            throw new FormatException(file + " line " + lines.number() + ": longer than " + MAX_LINE + " characters");
        }
        try {
            return ExportedLeaf.fromJson(line);
        } catch (FormatException e) {
            throw new FormatException(file + " line " + lines.number() + ": " + e.getMessage());
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
