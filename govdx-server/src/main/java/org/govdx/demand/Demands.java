package org.govdx.demand;

import java.time.LocalDate;
import java.util.List;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.govdx.identity.CurrentUser;

/**
 * The supply-demand list (供需对接清单): a department says what data it needs; the platform points at
 * published entries that already hold it (do not collect again); otherwise the demand is assigned to a
 * provider org, which accepts (committing to publish by a date or linking an entry) or refuses with reason
 * and legal basis; refused or overdue demands go to the platform operator. The requester org, the assigned
 * provider org and the operator see a demand; to others it does not exist (404).
 */
public interface Demands {

    DemandView post(DemandRequest request, CurrentUser me);

    DemandView get(long id, CurrentUser viewer);

    /** scope: {@code mine} (my org's), {@code assigned} (to my org), {@code all} (operator). */
    PageResponse<DemandView> list(String scope, DemandStatus status, PageRequest page, CurrentUser viewer);

    /** Published entries matching the words (title, description, items). */
    List<DemandMatch> suggest(String text, CurrentUser viewer);

    /** Assigns to a provider org (the requester's data user or the operator). */
    DemandView assign(long id, Long providerOrgId, CurrentUser me);

    /** The provider accepts: commits to publish by {@code commitDate}, or links an existing entry. */
    DemandView accept(long id, LocalDate commitDate, Long entryId, CurrentUser me);

    /** The provider refuses with reason and legal basis. */
    DemandView refuse(long id, String reason, String legalBasis, CurrentUser me);

    /** The requester escalates a refused or overdue demand to the operator. */
    DemandView escalate(long id, String reason, CurrentUser me);

    /**
     * The operator records the coordination's outcome: reassigned to a provider org (ASSIGNED again) or
     * closed with the outcome.
     */
    DemandView coordinate(long id, String outcome, Long providerOrgId, CurrentUser operator);

    /** Marks the demand fulfilled once its linked entry is published and mounted. */
    DemandView fulfil(long id, CurrentUser me);

    /** Closes the demand (the requester or the operator). */
    DemandView close(long id, String outcome, CurrentUser me);

    /** Fulfilled ÷ assigned per provider org. */
    List<SatisfactionRate> satisfaction();
}
