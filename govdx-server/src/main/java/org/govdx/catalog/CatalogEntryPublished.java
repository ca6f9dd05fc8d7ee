package org.govdx.catalog;

import java.time.Instant;
import java.util.Map;

/** The platform operator approved a version: it is now the live, applicable one. */
public record CatalogEntryPublished(Instant occurredAt, String actor, String orgCode, long entryId,
                                   String resourceCode, int version, String providerOrgCode, String name,
                                   ShareType shareType, DataGrade grade, String comment) implements CatalogEntryEvent {

    @Override
    public String type() {
        return "CATALOG_ENTRY_PUBLISHED";
    }

    @Override
    public Map<String, Object> keys() {
        Map<String, Object> keys = commonKeys();
        keys.put("name", name);
        keys.put("shareType", shareType.name());
        keys.put("grade", grade.name());
        keys.put("comment", comment);
        return keys;
    }
}
