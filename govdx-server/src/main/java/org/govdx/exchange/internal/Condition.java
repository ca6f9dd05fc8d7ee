package org.govdx.exchange.internal;

import java.util.List;

/**
 * A filter on granted items, as parsed from the caller's query: values are already converted to
 * the item's type and are always bound as parameters, never written into SQL.
 */
sealed interface Condition {

    /** Item equals value. */
    record Eq(String item, Object value) implements Condition {
    }

    /** Item is one of the values. */
    record In(String item, List<Object> values) implements Condition {
    }

    /** {@code from <= item <= to}. */
    record Between(String item, Object from, Object to) implements Condition {
    }

    /** A text item starts with the value. */
    record Prefix(String item, String value) implements Condition {
    }

    /** Every condition holds. */
    record And(List<Condition> all) implements Condition {
    }

    /** Combines conditions with AND, dropping nulls; null when nothing is left. */
    static Condition and(Condition... parts) {
        List<Condition> all = java.util.Arrays.stream(parts).filter(java.util.Objects::nonNull).toList();
        return all.isEmpty() ? null : all.size() == 1 ? all.get(0) : new And(all);
    }
}
