package org.govdx.ledger.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.govdx.tlog.SignerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the checkpoint signing key comes from: {@code govdx.ledger.signer-key} when configured, else
 * {@code <data-dir>/ledger/checkpoint.skey}, generated on first start (SM2, named after the origin,
 * permissions 600) next to its public {@code checkpoint.vkey}.
 */
final class LedgerKeys {

    private static final Logger log = LoggerFactory.getLogger(LedgerKeys.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private LedgerKeys() {
    }

    /**
     * Loads or creates the key.
     *
     * @throws IllegalStateException if the key is unreadable or not named after the origin
     */
    static SignerKey load(String configured, String origin, Path dataDir) {
        SignerKey key;
        if (configured != null && !configured.isBlank()) {
            key = parse(configured.trim(), "govdx.ledger.signer-key");
        } else {
            key = fromFile(dataDir.resolve("ledger"), origin);
        }
        if (!key.name().equals(origin)) {
            throw new IllegalStateException("the ledger signer key is named " + key.name()
                    + " but govdx.ledger.origin is " + origin + ": a checkpoint's key must be named after its origin");
        }
        return key;
    }

    private static SignerKey fromFile(Path dir, String origin) {
        Path skey = dir.resolve("checkpoint.skey");
        Path vkey = dir.resolve("checkpoint.vkey");
        try {
            Files.createDirectories(dir);
            if (Files.notExists(skey)) {
                generate(skey, origin);
            }
            warnIfReadableByOthers(skey);
            SignerKey key = parse(Files.readString(skey, StandardCharsets.UTF_8).trim(), skey.toString());
            String publicText = key.verifierKey().encode() + "\n";
            if (Files.notExists(vkey) || !Files.readString(vkey, StandardCharsets.UTF_8).equals(publicText)) {
                Files.writeString(vkey, publicText, StandardCharsets.UTF_8);
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the ledger key " + skey, e);
        }
    }

    private static void generate(Path skey, String origin) throws IOException {
        SignerKey key = SignerKey.generateSm2(origin);
        boolean posix = skey.getFileSystem().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] attrs = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        try {
            // owner-only from the moment the file exists, never readable by others even briefly
            Files.createFile(skey, attrs);
            Files.writeString(skey, key.encode() + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            log.warn("Generated the ledger's checkpoint signing key {} ({}); back it up: checkpoints signed "
                    + "with it can only be verified with its public key", skey.toAbsolutePath(), key.verifierKey());
        } catch (FileAlreadyExistsException raced) {
            // another instance sharing the data directory created it first: use theirs
        }
    }

    private static SignerKey parse(String text, String source) {
        try {
            return SignerKey.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the ledger signer key in " + source + " is not valid: " + e.getMessage());
        }
    }

    private static void warnIfReadableByOthers(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY.containsAll(perms)) {
                log.warn("The ledger signer key {} is accessible to others ({}); set its permissions to 600",
                        file.toAbsolutePath(), PosixFilePermissions.toString(perms));
            }
        }
    }
}
