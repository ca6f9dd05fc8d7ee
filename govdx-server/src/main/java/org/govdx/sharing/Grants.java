package org.govdx.sharing;

import java.time.LocalDate;
import java.util.Optional;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.govdx.identity.CurrentUser;

/**
 * Grants (授权): what an approved application lets a consumer app do with one entry — items, row filter,
 * access modes, rate limit, valid from/until. A grant is for its stated purpose and period only: it ends
 * when revoked (by the provider's approver or the platform operator, with a reason), on its last day
 * (expired), or when the consumer declares the purpose met; the consumer org then records how it disposed
 * of the data. The exchange gateway asks {@link #checkAccess} before every call, so a revoked or expired
 * grant stops it at once.
 */
public interface Grants {

    /**
     * The gateway's question: may this app use this entry in this mode today? The newest active grant
     * valid today, with its items, row filter and rate limit; empty when none.
     */
    Optional<GrantAccess> checkAccess(long appId, long entryId, AccessMode mode);

    /** Like {@link #checkAccess(long, long, AccessMode)} on a given day. */
    Optional<GrantAccess> checkAccess(long appId, long entryId, AccessMode mode, LocalDate day);

    /** Why {@link #checkAccess(long, long, AccessMode, LocalDate)} found nothing, from the app's newest grants. */
    GrantRefusal refusal(long appId, long entryId, AccessMode mode, LocalDate day);

    /**
     * Grants the viewer may see, newest first.
     *
     * @param scope {@code mine} (my org's), {@code provider} (on my org's entries) or {@code all} (operator)
     */
    PageResponse<GrantView> list(String scope, GrantStatus status, PageRequest page, CurrentUser viewer);

    GrantView get(long id, CurrentUser viewer);

    /** For other modules that check access themselves (provenance): a grant by id, without a viewer check. */
    Optional<GrantView> find(long id);

    /** Revokes an active grant with a reason (provider's approver or platform operator). */
    GrantView revoke(long id, String reason, CurrentUser me);

    /** The consumer declares the purpose met: the grant ends. */
    GrantView end(long id, String reason, CurrentUser me);

    /** The consumer org records how and when it disposed of the data of an ended grant. */
    DisposalRecord recordDisposal(long id, String method, LocalDate disposedOn, CurrentUser me);

    /** The disposal record of an ended grant, if the viewer may see the grant. */
    Optional<DisposalRecord> disposal(long id, CurrentUser viewer);

    /** Expires every active grant whose last day is before {@code today}; returns how many. */
    int expireDue(LocalDate today);
}
