package org.govdx.exchange.internal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.govdx.catalog.CatalogItemView;

/**
 * Filtering and sorting of records read from an API or a file mount, which no database can do for
 * us: the same conditions as the SQL, evaluated on the values as read.
 */
final class InMemoryRecords {

    private final Map<String, CatalogItemView> items;

    InMemoryRecords(Map<String, CatalogItemView> items) {
        this.items = items;
    }

    boolean matches(Condition c, Map<String, Object> record) {
        if (c == null) {
            return true;
        }
        if (c instanceof Condition.Eq eq) {
            return compare(eq.item(), record.get(eq.item()), eq.value()) == 0;
        }
        if (c instanceof Condition.In in) {
            return in.values().stream().anyMatch(v -> compare(in.item(), record.get(in.item()), v) == 0);
        }
        if (c instanceof Condition.Between b) {
            return compare(b.item(), record.get(b.item()), b.from()) >= 0
                    && compare(b.item(), record.get(b.item()), b.to()) <= 0;
        }
        if (c instanceof Condition.Prefix p) {
            return record.get(p.item()) != null && String.valueOf(record.get(p.item())).startsWith(p.value());
        }
        Condition.And and = (Condition.And) c;
        return and.all().stream().allMatch(part -> matches(part, record));
    }

    Comparator<Map<String, Object>> order(List<SortOrder> sort) {
        Comparator<Map<String, Object>> all = (a, b) -> 0;
        for (SortOrder s : sort) {
            Comparator<Map<String, Object>> one = (a, b) -> compareValues(s.item(), a.get(s.item()), b.get(s.item()));
            all = all.thenComparing(s.descending() ? one.reversed() : one);
        }
        return all;
    }

    /** Compares a value as read with a typed filter value; a missing value never matches. */
    private int compare(String item, Object read, Object wanted) {
        if (read == null) {
            return Integer.MIN_VALUE;
        }
        return compareValues(item, read, wanted);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private int compareValues(String item, Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        CatalogItemView view = items.get(item);
        Object ta = typed(view, a);
        Object tb = typed(view, b);
        if (ta instanceof BigDecimal x && tb instanceof BigDecimal y) {
            return x.compareTo(y);
        }
        if (ta instanceof Comparable x && tb != null && ta.getClass() == tb.getClass()) {
            return x.compareTo(tb);
        }
        return Objects.toString(ta).compareTo(Objects.toString(tb));
    }

    private static Object typed(CatalogItemView item, Object value) {
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (item == null) {
            return value;
        }
        try {
            Object t = ItemValues.parse(item, String.valueOf(value));
            return t instanceof Long l ? BigDecimal.valueOf(l) : t;
        } catch (RuntimeException e) {
            return String.valueOf(value);
        }
    }
}
