package org.govdx.exchange.internal;

/** Sorting on one granted item. */
record SortOrder(String item, boolean descending) {
}
