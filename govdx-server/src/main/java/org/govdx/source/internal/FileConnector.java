package org.govdx.source.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.govdx.catalog.CatalogItemView;
import org.govdx.catalog.ItemDataType;
import org.govdx.common.Validation;
import org.govdx.source.DataSourceType;
import org.govdx.source.MountRequest;
import org.govdx.source.MountType;
import org.springframework.stereotype.Component;

/**
 * Mounts entries on uploaded CSV/XLSX files: each item maps to a header; the values of the first
 * rows must read as the item's data type (numbers, dates, true/false).
 */
@Component
class FileConnector implements MountConnector {

    /** Rows whose values are checked against the item types when mounting. */
    private static final int SAMPLE_ROWS = 500;
    private static final Set<String> TRUE = Set.of("true", "1", "是", "y", "yes", "t");
    private static final Set<String> FALSE = Set.of("false", "0", "否", "n", "no", "f");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyyMMdd"),
            DateTimeFormatter.ofPattern("yyyy年M月d日"));
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]"), DateTimeFormatter.ofPattern("yyyy/M/d H:mm[:ss]"));

    private final SourceFileStore files;
    private final SourceFiles storage;

    FileConnector(SourceFileStore files, SourceFiles storage) {
        this.files = files;
        this.storage = storage;
    }

    @Override
    public MountType mountType() {
        return MountType.FILE;
    }

    @Override
    public DataSourceType sourceType() {
        return DataSourceType.FILE;
    }

    @Override
    public Resolved resolve(DataSourceRow source, MountRequest request, List<CatalogItemView> items, Validation v) {
        if (request.fileId() == null) {
            v.check(true, "fileId", "REQUIRED");
            return null;
        }
        SourceFileStore.StoredFile file = files.find(request.fileId())
                .filter(f -> f.info().dataSourceId() == source.id()).orElse(null);
        if (file == null) {
            v.check(true, "fileId", "FILE_NOT_FOUND", String.valueOf(request.fileId()));
            return null;
        }
        TabularFiles.Table table = table(file, SAMPLE_ROWS);
        String fileName = file.info().name();
        Map<String, String> wanted = request.columns() == null ? Map.of() : request.columns();
        Map<String, String> resolved = new LinkedHashMap<>();
        for (CatalogItemView item : items) {
            String header = wanted.get(item.code());
            if (header == null || header.isBlank()) {
                continue;
            }
            int index = table.header().indexOf(header.trim());
            String field = "columns." + item.code();
            if (index < 0) {
                v.check(true, field, "HEADER_NOT_FOUND", header, fileName);
                continue;
            }
            String[] bad = firstMisfit(table, index, item.dataType());
            if (bad != null) {
                v.check(true, field, "VALUE_TYPE_MISMATCH", header, bad[0], bad[1], item.dataType().name(), item.name());
                continue;
            }
            resolved.put(item.code(), header.trim());
        }
        String key = null;
        if (request.keyColumn() != null && !request.keyColumn().isBlank()) {
            key = request.keyColumn().trim();
            v.check(!table.header().contains(key), "keyColumn", "HEADER_NOT_FOUND", key, fileName);
        }
        if (v.hasProblems()) {
            return null;
        }
        return new Resolved(fileName, null, null, key, null, file.info().id(), null, resolved);
    }

    @Override
    public List<Map<String, Object>> read(DataSourceRow source, MountRow mount, List<CatalogItemView> items,
                                          int limit) {
        SourceFileStore.StoredFile file = files.find(mount.fileId())
                .orElseThrow(() -> new SourceReadException("FILE_NOT_FOUND", mount.tableRef(), null));
        TabularFiles.Table table = table(file, limit);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<String> values : table.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (CatalogItemView item : items) {
                String header = mount.columns().get(item.code());
                if (header == null) {
                    continue;
                }
                int index = table.header().indexOf(header);
                if (index < 0) {
                    throw new SourceReadException("HEADER_NOT_FOUND", header, null);
                }
                row.put(item.code(), convert(values.get(index), item.dataType()));
            }
            rows.add(row);
        }
        return rows;
    }

    private TabularFiles.Table table(SourceFileStore.StoredFile file, int rows) {
        try {
            return TabularFiles.read(storage.pathOf(file), TabularFiles.Format.valueOf(file.info().format()), rows);
        } catch (IOException e) {
            throw new SourceReadException("FILE_NOT_FOUND", file.info().name(), e);
        }
    }

    /** The first value (with its row number) that does not read as {@code type}, or null. */
    private static String[] firstMisfit(TabularFiles.Table table, int index, ItemDataType type) {
        for (int r = 0; r < table.rows().size(); r++) {
            String value = table.rows().get(r).get(index).trim();
            if (!value.isEmpty() && convert(value, type) == null) {
                // the file's row number: the header is row 1
                return new String[] {value.length() > 30 ? value.substring(0, 30) + "…" : value, Integer.toString(r + 2)};
            }
        }
        return null;
    }

    /** The value as the item's type, or null when it does not read as one (empty text is null too). */
    static Object convert(String raw, ItemDataType type) {
        String value = raw == null ? "" : raw.trim();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return switch (type) {
                case STRING, BINARY -> raw;
                case INTEGER -> Long.parseLong(value);
                case DECIMAL -> new BigDecimal(value);
                case BOOLEAN -> TRUE.contains(value.toLowerCase(Locale.ROOT)) ? Boolean.TRUE
                        : FALSE.contains(value.toLowerCase(Locale.ROOT)) ? Boolean.FALSE : null;
                case DATE -> date(value);
                case DATETIME -> dateTime(value);
            };
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String date(String value) {
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(value, f).toString();
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return null;
    }

    private static String dateTime(String value) {
        for (DateTimeFormatter f : DATE_TIMES) {
            try {
                return LocalDateTime.parse(value, f).toString();
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return date(value) == null ? null : date(value) + "T00:00";
    }
}
