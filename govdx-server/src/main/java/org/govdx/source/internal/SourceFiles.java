package org.govdx.source.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.govdx.common.GovdxException;
import org.govdx.source.SourceFileInfo;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The uploaded files of FILE sources, stored as {@code <data-dir>/files/<org id>/<source id>/<uuid>.<ext>}
 * under a name the platform chose (the uploader's file name is only recorded), with the SM3 digest
 * of their bytes.
 */
@Component
public class SourceFiles {

    private final Path root;
    private final SourceFileStore store;
    private final SourceSettings settings;

    SourceFiles(@Value("${govdx.data-dir:./data}") String dataDir, SourceFileStore store, SourceSettings settings) {
        this.root = Path.of(dataDir).resolve("files").toAbsolutePath().normalize();
        this.store = store;
        this.settings = settings;
    }

    public Path directoryOf(DataSourceRow row) {
        return root.resolve(Long.toString(row.orgId())).resolve(Long.toString(row.id()));
    }

    /** Where a stored file's bytes are. */
    public Path pathOf(SourceFileStore.StoredFile file) {
        return root.resolve(Long.toString(file.orgId())).resolve(Long.toString(file.info().dataSourceId()))
                .resolve(file.storedName());
    }

    /** Stores an upload after checking that it reads as CSV or XLSX with a header row. */
    public SourceFileInfo upload(DataSourceRow source, String originalName, InputStream content, String uploadedBy,
                                 Instant now) {
        TabularFiles.Format format = TabularFiles.Format.ofName(originalName);
        if (format == null) {
            throw GovdxException.invalid("file", "UNSUPPORTED_FILE_TYPE");
        }
        String name = originalName.replaceAll("[\\\\/]", "_");
        name = name.length() > 200 ? name.substring(name.length() - 200) : name;
        Path dir = directoryOf(source);
        String stored = UUID.randomUUID() + "." + format.name().toLowerCase();
        Path target = dir.resolve(stored);
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "upload-", ".part");
            SM3Digest sm3 = new SM3Digest();
            long size = 0;
            try (OutputStream out = Files.newOutputStream(temp)) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = content.read(buffer)) > 0) {
                    size += n;
                    if (size > settings.getMaxUploadBytes()) {
                        throw GovdxException.invalid("file", "FILE_TOO_LARGE", settings.getMaxUploadBytes() / 1024 / 1024);
                    }
                    sm3.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            TabularFiles.Table table;
            try {
                table = TabularFiles.read(temp, format, 0);
            } catch (IOException e) {
                throw GovdxException.invalid("file", "UNREADABLE_FILE", format.name());
            }
            if (table.header().isEmpty() || table.header().stream().allMatch(String::isEmpty)) {
                throw GovdxException.invalid("file", "FILE_WITHOUT_HEADER");
            }
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (String h : table.header()) {
                if (h.isEmpty() || !seen.add(h)) {
                    throw GovdxException.invalid("file", "BAD_FILE_HEADER", h);
                }
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            byte[] digest = new byte[32];
            sm3.doFinal(digest, 0);
            long id = store.insert(source.orgId(), source.id(), name, stored, format.name(), size,
                    HexFormat.of().formatHex(digest), table.header(), table.totalRows(), uploadedBy, now);
            return store.find(id).orElseThrow().info();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover .part file is harmless
                }
            }
        }
    }
}
