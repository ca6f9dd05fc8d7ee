package org.govdx.tlog.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.govdx.tlog.FormatException;
import org.govdx.tlog.SignatureAlgorithm;
import org.govdx.tlog.SignerKey;

/**
 * {@code keygen --name <key name> --out <prefix> [--algorithm sm2|ed25519]}: writes
 * {@code <prefix>.vkey} and {@code <prefix>.skey}, never overwriting existing files.
 */
final class KeygenCommand implements Command {

    @Override
    public Set<String> options() {
        return Set.of("name", "out", "algorithm");
    }

    @Override
    public void run(Options options, PrintStream out) {
        SignatureAlgorithm algorithm;
        try {
            algorithm = SignatureAlgorithm.byId(options.optional("algorithm", SignatureAlgorithm.DEFAULT.id()));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        String name = options.required("name");
        SignerKey key;
        try {
            key = SignerKey.generate(name, algorithm);
        } catch (FormatException e) {
            throw new UsageException(e.getMessage());
        }
        String prefix = options.required("out");
        Path vkeyFile = Path.of(prefix + ".vkey");
        Path skeyFile = Path.of(prefix + ".skey");
        if (Files.exists(vkeyFile) || Files.exists(skeyFile)) {
            throw new UsageException("refusing to overwrite " + vkeyFile + " or " + skeyFile);
        }
        writeSecret(skeyFile, key.encode() + "\n");
        write(vkeyFile, key.verifierKey().encode() + "\n");
        out.println("wrote " + vkeyFile + " (public verifier key) and " + skeyFile + " (private signer key)");
        out.println(key.verifierKey().encode());
    }

    private static void writeSecret(Path file, String text) {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: rely on the directory's protection.
            write(file, text);
            return;
        } catch (FileAlreadyExistsException e) {
            throw new UsageException("refusing to overwrite " + file);
        } catch (IOException e) {
            throw new UsageException("cannot write " + file + ": " + e.getMessage());
        }
        write(file, text);
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UsageException("cannot write " + file + ": " + e.getMessage());
        }
    }
}
