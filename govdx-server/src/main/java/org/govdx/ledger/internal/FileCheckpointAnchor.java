package org.govdx.ledger.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.govdx.ledger.CheckpointAnchor;
import org.govdx.ledger.SignedCheckpoint;

/**
 * The default anchor: appends each signed checkpoint to {@code <data-dir>/ledger/checkpoints.log},
 * outside the database. Each entry is the signed note followed by a blank line, so any entry can be
 * cut out and checked with {@code govdx-ledger verify-checkpoint} or {@code verify-consistency}.
 */
final class FileCheckpointAnchor implements CheckpointAnchor {

    private final Path file;

    FileCheckpointAnchor(Path file) {
        this.file = file;
    }

    @Override
    public synchronized void anchor(SignedCheckpoint checkpoint) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, checkpoint.note() + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        }
    }

    Path file() {
        return file;
    }
}
