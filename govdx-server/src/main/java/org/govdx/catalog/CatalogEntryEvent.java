package org.govdx.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import org.govdx.common.LedgerFact;

/**
 * A transition of a catalog entry, published inside the transaction of the change so that the
 * ledger records it. Every such event names the resource code, the version and the provider.
 */
public sealed interface CatalogEntryEvent extends LedgerFact
        permits CatalogEntryVersionOpened, CatalogEntrySubmitted, CatalogEntryPublished, CatalogEntryRejected,
        CatalogEntryWithdrawn {

    long entryId();

    /** The entry's stable resource code, e.g. {@code 101001/000001}. */
    String resourceCode();

    int version();

    String providerOrgCode();

    /** The keys every catalog event shares, for {@link #keys()}. */
    default Map<String, Object> commonKeys() {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("entryId", entryId());
        keys.put("resourceCode", resourceCode());
        keys.put("version", version());
        keys.put("providerOrgCode", providerOrgCode());
        return keys;
    }
}
