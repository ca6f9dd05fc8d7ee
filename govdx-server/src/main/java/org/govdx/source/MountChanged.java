package org.govdx.source;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** An entry was mounted on a table, API or file, or its mount was changed (MOUNT_CHANGED). */
public record MountChanged(Instant occurredAt, String actor, String orgCode, long entryId, String resourceCode,
                           MountType mountType, long dataSourceId, String table, String keyColumn,
                           Map<String, String> columns, int revision) implements org.govdx.common.LedgerFact {

    @Override
    public String type() {
        return "MOUNT_CHANGED";
    }

    @Override
    public Map<String, Object> keys() {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("entryId", entryId);
        keys.put("resourceCode", resourceCode);
        keys.put("mountType", mountType.name());
        keys.put("dataSourceId", dataSourceId);
        keys.put("table", table);
        if (keyColumn != null) {
            keys.put("keyColumn", keyColumn);
        }
        keys.put("columns", columns);
        keys.put("revision", revision);
        return keys;
    }
}
