package org.govdx.catalog;

import java.time.Instant;
import java.util.Map;

/** The provider withdrew (注销) the entry: no longer applicable, still visible to its history. */
public record CatalogEntryWithdrawn(Instant occurredAt, String actor, String orgCode, long entryId,
                                    String resourceCode, int version, String providerOrgCode, String reason)
        implements CatalogEntryEvent {

    @Override
    public String type() {
        return "CATALOG_ENTRY_WITHDRAWN";
    }

    @Override
    public Map<String, Object> keys() {
        Map<String, Object> keys = commonKeys();
        keys.put("reason", reason);
        return keys;
    }
}
