package org.govdx.common;

import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Pieces of WHERE clauses whose values are always bound as parameters. */
public final class SqlConditions {

    private SqlConditions() {
    }

    /**
     * {@code column IN (?, ?, …)} with one placeholder per value, the values appended to {@code params}.
     * {@code column} must be a name the code chose, never caller input; an empty collection matches nothing.
     */
    public static String in(String column, Collection<?> values, List<Object> params) {
        if (values.isEmpty()) {
            return "1 = 0";
        }
        params.addAll(values);
        return column + " IN (" + String.join(",", Collections.nCopies(values.size(), "?")) + ")";
    }
}
