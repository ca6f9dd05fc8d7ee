package org.govdx.catalog;

import java.time.Instant;
import java.util.Map;

/** The platform operator sent a submitted version back to draft, with the reason. */
public record CatalogEntryRejected(Instant occurredAt, String actor, String orgCode, long entryId,
                                   String resourceCode, int version, String providerOrgCode, String reason)
        implements CatalogEntryEvent {

    @Override
    public String type() {
        return "CATALOG_ENTRY_REJECTED";
    }

    @Override
    public Map<String, Object> keys() {
        Map<String, Object> keys = commonKeys();
        keys.put("reason", reason);
        return keys;
    }
}
