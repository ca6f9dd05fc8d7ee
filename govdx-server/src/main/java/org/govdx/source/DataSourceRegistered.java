package org.govdx.source;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.govdx.common.LedgerFact;

/** A department registered a data source (DATA_SOURCE_REGISTERED); no credential is part of the fact. */
public record DataSourceRegistered(Instant occurredAt, String actor, String orgCode, long dataSourceId, String name,
                                   DataSourceType sourceType, String location) implements LedgerFact {

    @Override
    public String type() {
        return "DATA_SOURCE_REGISTERED";
    }

    @Override
    public Map<String, Object> keys() {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("dataSourceId", dataSourceId);
        keys.put("name", name);
        keys.put("type", sourceType.name());
        if (location != null) {
            keys.put("location", location);
        }
        return keys;
    }
}
