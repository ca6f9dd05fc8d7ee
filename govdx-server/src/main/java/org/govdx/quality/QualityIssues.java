package org.govdx.quality;

import java.util.List;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.govdx.identity.CurrentUser;

/**
 * The closed loop of quality issues (质量问题/纠错): raised by failing rules or reported by consumers,
 * answered by the provider within working-day limits (10 for an error report, by severity for a rule),
 * confirmed by the reporter or a passing re-scan; a rejection can be contested to the platform operator.
 * Every transition is a ledger fact and a notification to the other side.
 */
public interface QualityIssues {

    /** A consumer's error report (纠错) on an entry's data. */
    IssueView report(IssueReportRequest request, CurrentUser me);

    IssueView transition(long id, IssueTransition transition, String comment, CurrentUser me);

    IssueView get(long id, CurrentUser viewer);

    /**
     * Issues the viewer may see.
     *
     * @param scope {@code provider} (on my org's entries), {@code reporter} (my org's reports) or
     *              {@code all} (operator)
     */
    PageResponse<IssueView> list(String scope, IssueStatus status, String origin, Long entryId, Boolean overdue,
                                 PageRequest page, CurrentUser viewer);

    /** Issue handling per provider org: open, overdue, time to acknowledge and to fix. */
    List<OrgIssueStats> stats();
}
