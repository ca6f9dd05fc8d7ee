package org.govdx.catalog.internal;

import java.util.Collection;
import java.util.List;

/** Entries whose search documents must follow a committed change. */
record IndexRequest(List<Long> entryIds) {

    IndexRequest(Collection<Long> entryIds) {
        this(List.copyOf(entryIds));
    }
}
