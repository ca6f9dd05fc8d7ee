package org.govdx.common.crypto;

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
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the master key of {@link SecretCipher} comes from: the configured value
 * ({@code govdx.security.secret-key}, 32 hex digits or the base64 of 16 bytes) or, when none is
 * configured, a key file {@code <data-dir>/keys/secret.key} that is generated on first start with
 * owner-only permissions (600). Losing the key file makes every stored secret unreadable.
 */
public final class MasterKeys {

    private static final Logger log = LoggerFactory.getLogger(MasterKeys.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    private MasterKeys() {
    }

    /** Parses a configured key: 32 hex digits or base64 of 16 bytes. */
    public static byte[] parse(String configured) {
        String text = configured.trim();
        byte[] key;
        if (text.matches("[0-9a-fA-F]{32}")) {
            key = HexFormat.of().parseHex(text);
        } else {
            try {
                key = Base64.getDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("govdx.security.secret-key is neither hex nor base64");
            }
        }
        if (key.length != Sm4Gcm.KEY_BYTES) {
            throw new IllegalStateException("govdx.security.secret-key must be 16 bytes (128 bits)");
        }
        return key;
    }

    /** The configured key when present, else the key file under {@code dataDir}, created if missing. */
    public static byte[] load(String configured, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            return parse(configured);
        }
        return fromFile(dataDir.resolve("keys").resolve("secret.key"));
    }

    /** Reads the key file, generating it (permissions 600) when it does not exist yet. */
    public static byte[] fromFile(Path file) {
        try {
            if (Files.notExists(file)) {
                generate(file);
            }
            warnIfReadableByOthers(file);
            return parse(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the master key " + file, e);
        }
    }

    private static void generate(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (Files.notExists(dir)) {
            if (posix) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_DIR));
            } else {
                Files.createDirectories(dir);
            }
        }
        byte[] key = new byte[Sm4Gcm.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        byte[] text = Base64.getEncoder().encode(key);
        try {
            // created with owner-only permissions from the start, never readable by others even briefly
            FileAttribute<?>[] attrs = posix
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                    : new FileAttribute<?>[0];
            Files.createFile(file, attrs);
            Files.write(file, text, StandardOpenOption.TRUNCATE_EXISTING);
            log.warn("Generated a new master key for stored secrets at {}; back it up, it cannot be recovered",
                    file.toAbsolutePath());
        } catch (FileAlreadyExistsException raced) {
            // another instance created it first: use theirs
        }
    }

    private static void warnIfReadableByOthers(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY.containsAll(perms)) {
                log.warn("The master key file {} is accessible to others ({}); set its permissions to 600",
                        file.toAbsolutePath(), PosixFilePermissions.toString(perms));
            }
        }
    }
}
