package org.govdx.sharing;

/**
 * Implemented by the module that owns demands, so that an application can name the demand it answers
 * without the sharing module depending on it.
 */
public interface DemandLinks {

    /** True when the demand exists and was posted by the org. */
    boolean isDemandOf(long demandId, long orgId);

    /**
     * Called in the transaction of a submitted application that names the demand: the demand records it
     * and, when it is still open, is closed as satisfied by an existing entry (do not collect again).
     */
    void answeredBy(long demandId, long applicationId, String applicationNumber, long entryId, String actor);
}
