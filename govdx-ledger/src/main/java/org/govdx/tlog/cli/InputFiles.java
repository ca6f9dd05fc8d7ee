package org.govdx.tlog.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.govdx.tlog.Checkpoint;
import org.govdx.tlog.FormatException;
import org.govdx.tlog.Note;
import org.govdx.tlog.NoteVerifier;
import org.govdx.tlog.SignerKey;
import org.govdx.tlog.VerificationException;
import org.govdx.tlog.VerifierKey;

/** Reads the CLI's input files with size limits and clear errors. */
final class InputFiles {

    private static final int MAX_KEY_BYTES = 64 * 1024;
    private static final int MAX_PROOF_BYTES = 4 * 1024 * 1024;

    private InputFiles() {
    }

    /** Reads a verifier key file (one key text; surrounding whitespace ignored). */
    static VerifierKey verifierKey(Path file) {
        String text = text(file, MAX_KEY_BYTES, "key").strip();
        try {
            return VerifierKey.parse(text);
        } catch (FormatException e) {
            throw new FormatException(file + ": " + e.getMessage());
        }
    }

    /** Reads a file of one or more verifier keys, one a line (blank lines ignored). */
    static VerifierKey[] verifierKeys(Path file) {
        String text = text(file, MAX_KEY_BYTES, "key");
        java.util.List<VerifierKey> keys = new java.util.ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                keys.add(VerifierKey.parse(line.strip()));
            } catch (FormatException e) {
                throw new FormatException(file + ": " + e.getMessage());
            }
        }
        if (keys.isEmpty()) {
            throw new FormatException(file + ": no verifier key");
        }
        return keys.toArray(VerifierKey[]::new);
    }

    /** Reads a signer key file (one key text; surrounding whitespace ignored). */
    static SignerKey signerKey(Path file) {
        String text = text(file, MAX_KEY_BYTES, "signer key").strip();
        try {
            return SignerKey.parse(text);
        } catch (FormatException e) {
            throw new FormatException(file + ": " + e.getMessage());
        }
    }

    /** Reads a signed checkpoint (strict UTF-8) and verifies it with {@code key}. */
    static Checkpoint checkpoint(Path file, VerifierKey key) {
        byte[] bytes = bytes(file, Note.MAX_BYTES, "checkpoint");
        try {
            return Checkpoint.parse(new NoteVerifier(key).open(bytes).text());
        } catch (FormatException e) {
            throw new FormatException(file + ": " + e.getMessage());
        } catch (VerificationException e) {
            throw new VerificationException(file + ": " + e.getMessage());
        }
    }

    /** Reads a proof JSON file. */
    static String proofJson(Path file) {
        return text(file, MAX_PROOF_BYTES, "proof");
    }

    /** Reads a whole file, such as leaf data. */
    static byte[] bytes(Path file, String what) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UsageException(what + " file not found: " + file);
        } catch (IOException e) {
            throw new UsageException("cannot read " + what + " file " + file + ": " + e.getMessage());
        }
    }

    private static String text(Path file, int limit, String what) {
        return new String(bytes(file, limit, what), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Path file, int limit, String what) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw new UsageException(what + " file " + file + " is larger than " + limit + " bytes");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new UsageException(what + " file not found: " + file);
        } catch (IOException e) {
            throw new UsageException("cannot read " + what + " file " + file + ": " + e.getMessage());
        }
    }
}
