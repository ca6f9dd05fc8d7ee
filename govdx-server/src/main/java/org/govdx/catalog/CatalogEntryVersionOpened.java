package org.govdx.catalog;

import java.time.Instant;
import java.util.Map;

/** A new version was opened as a draft: version 1 when the entry is created, later ones when a published entry is changed. */
public record CatalogEntryVersionOpened(Instant occurredAt, String actor, String orgCode, long entryId,
                                        String resourceCode, int version, String providerOrgCode, String name)
        implements CatalogEntryEvent {

    @Override
    public String type() {
        return "CATALOG_ENTRY_VERSION_OPENED";
    }

    @Override
    public Map<String, Object> keys() {
        Map<String, Object> keys = commonKeys();
        keys.put("name", name);
        return keys;
    }
}
