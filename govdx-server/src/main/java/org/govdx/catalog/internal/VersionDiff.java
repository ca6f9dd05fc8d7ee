package org.govdx.catalog.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.govdx.catalog.CatalogItemView;
import org.govdx.catalog.CatalogVersionComparison;
import org.govdx.catalog.CatalogVersionComparison.FieldChange;
import org.govdx.catalog.CatalogVersionComparison.ItemChange;

/** Compares two versions of an entry field by field, and their items by item code. */
final class VersionDiff {

    private static final Map<String, Function<EntryContent, Object>> FIELDS = new LinkedHashMap<>();
    private static final Map<String, Function<CatalogItemView, Object>> ITEM_FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("name", EntryContent::name);
        FIELDS.put("summary", EntryContent::summary);
        FIELDS.put("classification", EntryContent::classification);
        FIELDS.put("format", EntryContent::format);
        FIELDS.put("shareType", EntryContent::shareType);
        FIELDS.put("shareCondition", EntryContent::shareCondition);
        FIELDS.put("legalBasis", EntryContent::legalBasis);
        FIELDS.put("shareMode", EntryContent::shareMode);
        FIELDS.put("openType", EntryContent::openType);
        FIELDS.put("openCondition", EntryContent::openCondition);
        FIELDS.put("updateCycle", EntryContent::updateCycle);
        FIELDS.put("grade", EntryContent::grade);
        FIELDS.put("tags", EntryContent::tags);
        FIELDS.put("relatedCodes", EntryContent::relatedCodes);
        ITEM_FIELDS.put("name", CatalogItemView::name);
        ITEM_FIELDS.put("dataType", CatalogItemView::dataType);
        ITEM_FIELDS.put("length", CatalogItemView::length);
        ITEM_FIELDS.put("description", CatalogItemView::description);
        ITEM_FIELDS.put("grade", CatalogItemView::grade);
        ITEM_FIELDS.put("maskingRule", CatalogItemView::maskingRule);
        ITEM_FIELDS.put("maskingParams", CatalogItemView::maskingParams);
        ITEM_FIELDS.put("key", CatalogItemView::key);
    }

    private VersionDiff() {
    }

    static CatalogVersionComparison compare(int fromVersion, EntryContent from, int toVersion, EntryContent to) {
        List<FieldChange> fields = changes(FIELDS, from, to);
        Map<String, CatalogItemView> before = byCode(from.items());
        Map<String, CatalogItemView> after = byCode(to.items());
        List<CatalogItemView> added = new ArrayList<>();
        List<CatalogItemView> removed = new ArrayList<>();
        List<ItemChange> changed = new ArrayList<>();
        for (CatalogItemView item : to.items()) {
            CatalogItemView old = before.get(item.code());
            if (old == null) {
                added.add(item);
            } else {
                List<FieldChange> itemChanges = changes(ITEM_FIELDS, old, item);
                if (!itemChanges.isEmpty()) {
                    changed.add(new ItemChange(item.code(), itemChanges));
                }
            }
        }
        for (CatalogItemView item : from.items()) {
            if (!after.containsKey(item.code())) {
                removed.add(item);
            }
        }
        return new CatalogVersionComparison(fromVersion, toVersion, fields, added, removed, changed);
    }

    private static <T> List<FieldChange> changes(Map<String, Function<T, Object>> fields, T from, T to) {
        List<FieldChange> changes = new ArrayList<>();
        fields.forEach((name, getter) -> {
            String a = text(getter.apply(from));
            String b = text(getter.apply(to));
            if (!Objects.equals(a, b)) {
                changes.add(new FieldChange(name, a, b));
            }
        });
        return changes;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? null : String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }

    private static Map<String, CatalogItemView> byCode(List<CatalogItemView> items) {
        Map<String, CatalogItemView> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(i.code(), i));
        return map;
    }
}
