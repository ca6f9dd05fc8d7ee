package org.govdx.source;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govdx.common.LedgerFact;

/**
 * A data source was changed (DATA_SOURCE_CHANGED): which fields, and whether credentials were
 * replaced; never their values. Open connections to the old settings are closed.
 */
public record DataSourceChanged(Instant occurredAt, String actor, String orgCode, long dataSourceId, String name,
                                List<String> changedFields, int revision) implements LedgerFact {

    @Override
    public String type() {
        return "DATA_SOURCE_CHANGED";
    }

    @Override
    public Map<String, Object> keys() {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("dataSourceId", dataSourceId);
        keys.put("name", name);
        keys.put("changed", changedFields);
        keys.put("revision", revision);
        return keys;
    }
}
