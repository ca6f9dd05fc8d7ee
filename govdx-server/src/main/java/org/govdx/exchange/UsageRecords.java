package org.govdx.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.govdx.identity.CurrentUser;

/**
 * Usage records of the exchange gateway. Consumer orgs see the records of their own apps' calls,
 * provider orgs those on their resources; the platform operator and auditors see all.
 */
public interface UsageRecords {

    /**
     * Records the viewer may see, newest first.
     *
     * @param scope {@code consumer} (my org's calls), {@code provider} (calls on my org's resources) or
     *              {@code all} (operator, auditors)
     */
    PageResponse<UsageView> list(String scope, Long entryId, Long grantId, Instant from, Instant to,
                                 PageRequest page, CurrentUser viewer);

    /** One record by its request id, if the viewer may see it. */
    Optional<UsageView> find(String requestId, CurrentUser viewer);

    /** For other modules (provenance, quality): a record by request id, without a viewer check. */
    Optional<UsageView> find(String requestId);

    /** For other modules: the newest records of a grant, without a viewer check. */
    List<UsageView> ofGrant(long grantId, int limit);

    /** Calls on an entry in {@code [from, to)}: for availability scores and supervision. */
    UsageStats stats(long entryId, Instant from, Instant to);
}
