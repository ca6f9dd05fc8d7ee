package org.govdx.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Implemented by the module that owns mounts (source): tells the catalog the mount status of an
 * entry, for the entry page and the mounting rate (mounted ÷ published per org). The catalog works
 * without any implementation and then shows every entry as unmounted.
 */
public interface MountStatusProvider {

    /** The mount status of one entry; {@link MountState#UNMOUNTED} when it has no mount. */
    MountState stateOf(long entryId);

    /** The mount status of many entries; override when one query can answer them all. */
    default Map<Long, MountState> statesOf(Collection<Long> entryIds) {
        Map<Long, MountState> states = new LinkedHashMap<>();
        for (Long id : entryIds) {
            states.put(id, stateOf(id));
        }
        return states;
    }
}
