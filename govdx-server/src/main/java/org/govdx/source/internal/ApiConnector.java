package org.govdx.source.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govdx.catalog.CatalogItemView;
import org.govdx.catalog.ItemDataType;
import org.govdx.common.Validation;
import org.govdx.source.DataSourceType;
import org.govdx.source.MountRequest;
import org.govdx.source.MountType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Mounts entries on HTTP APIs: the answer of {@code GET <base URL><path>} holds an array of
 * records (at {@code recordsPath}, or the answer itself), and each item maps to a field of a
 * record, named by a dotted path such as {@code person.name}. Mounting calls the API once and
 * checks that the fields are there and hold values of the item's type.
 */
@Component
class ApiConnector implements MountConnector {

    private static final int SAMPLE = 20;

    private final HttpSourceClient client;

    ApiConnector(HttpSourceClient client) {
        this.client = client;
    }

    @Override
    public MountType mountType() {
        return MountType.API;
    }

    @Override
    public DataSourceType sourceType() {
        return DataSourceType.HTTP;
    }

    @Override
    public Resolved resolve(DataSourceRow source, MountRequest request, List<CatalogItemView> items, Validation v) {
        if (!v.required(request.table(), "table")) {
            return null;
        }
        if (HttpSourceClient.resolve(source.baseUrl(), request.table().trim()) == null) {
            v.check(true, "table", "BAD_API_PATH");
            return null;
        }
        String recordsPath = request.recordsPath() == null || request.recordsPath().isBlank() ? null
                : request.recordsPath().trim();
        JsonNode answer = client.get(source, request.table().trim());
        JsonNode records = recordsPath == null ? answer : at(answer, recordsPath);
        if (records == null || !records.isArray()) {
            v.check(true, recordsPath == null ? "table" : "recordsPath", "RECORDS_NOT_FOUND",
                    recordsPath == null ? "" : recordsPath);
            return null;
        }
        Map<String, String> wanted = request.columns() == null ? Map.of() : request.columns();
        Map<String, String> resolved = new LinkedHashMap<>();
        for (CatalogItemView item : items) {
            String path = wanted.get(item.code());
            if (path == null || path.isBlank()) {
                continue;
            }
            String field = "columns." + item.code();
            String fieldPath = path.trim();
            boolean present = records.isEmpty();
            String misfit = null;
            for (int i = 0; i < Math.min(SAMPLE, records.size()); i++) {
                JsonNode value = at(records.get(i), fieldPath);
                if (value == null) {
                    continue;
                }
                present = true;
                if (!value.isNull() && misfit == null && convert(value, item.dataType()) == null) {
                    misfit = value.isValueNode() ? value.asString() : value.toString();
                }
            }
            if (!present) {
                v.check(true, field, "FIELD_NOT_FOUND", fieldPath);
            } else if (misfit != null) {
                v.check(true, field, "FIELD_TYPE_MISMATCH", fieldPath,
                        misfit.length() > 30 ? misfit.substring(0, 30) + "…" : misfit, item.dataType().name(), item.name());
            } else {
                resolved.put(item.code(), fieldPath);
            }
        }
        String key = request.keyColumn() == null || request.keyColumn().isBlank() ? null : request.keyColumn().trim();
        if (v.hasProblems()) {
            return null;
        }
        return new Resolved(request.table().trim(), null, null, key, null, null, recordsPath, resolved);
    }

    @Override
    public List<Map<String, Object>> read(DataSourceRow source, MountRow mount, List<CatalogItemView> items,
                                          int limit) {
        JsonNode answer = client.get(source, mount.tableRef());
        JsonNode records = mount.recordsPath() == null ? answer : at(answer, mount.recordsPath());
        if (records == null || !records.isArray()) {
            throw new SourceReadException("RECORDS_NOT_FOUND", mount.recordsPath(), null);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, records.size()); i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (CatalogItemView item : items) {
                String path = mount.columns().get(item.code());
                if (path != null) {
                    JsonNode value = at(records.get(i), path);
                    row.put(item.code(), value == null || value.isNull() ? null : convert(value, item.dataType()));
                }
            }
            rows.add(row);
        }
        return rows;
    }

    /** The node at a dotted path ({@code a.b.c}), or null when absent. */
    static JsonNode at(JsonNode node, String dotted) {
        JsonNode current = node;
        for (String part : dotted.split("\\.")) {
            if (current == null || !current.isObject() || !current.has(part)) {
                return null;
            }
            current = current.get(part);
        }
        return current;
    }

    private static Object convert(JsonNode value, ItemDataType type) {
        if (!value.isValueNode()) {
            return null;
        }
        return switch (type) {
            case STRING -> value.asString();
            case INTEGER -> value.isIntegralNumber() ? (Object) value.asLong() : FileConnector.convert(value.asString(), type);
            case DECIMAL -> value.isNumber() ? value.decimalValue() : FileConnector.convert(value.asString(), type);
            case BOOLEAN -> value.isBoolean() ? value.asBoolean() : FileConnector.convert(value.asString(), type);
            default -> FileConnector.convert(value.asString(), type);
        };
    }
}
