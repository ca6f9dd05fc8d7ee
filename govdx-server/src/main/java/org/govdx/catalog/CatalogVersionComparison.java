package org.govdx.catalog;

import java.util.List;

/**
 * What changed from one version of an entry to another.
 *
 * @param fields       changed metadata fields
 * @param addedItems   items only in {@code to}
 * @param removedItems items only in {@code from}
 * @param changedItems items in both whose fields differ, by item code
 */
public record CatalogVersionComparison(int from, int to, List<FieldChange> fields, List<CatalogItemView> addedItems,
                                       List<CatalogItemView> removedItems, List<ItemChange> changedItems) {

    public boolean identical() {
        return fields.isEmpty() && addedItems.isEmpty() && removedItems.isEmpty() && changedItems.isEmpty();
    }

    /** One field's value in each version (lists as text joined by {@code , }). */
    public record FieldChange(String field, String from, String to) {
    }

    public record ItemChange(String code, List<FieldChange> fields) {
    }
}
