package org.govdx.sharing;

import java.util.List;
import org.govdx.common.PageRequest;
import org.govdx.common.PageResponse;
import org.govdx.identity.CurrentUser;

/**
 * Sharing applications (共享申请) and their decisions, by the rules of 政务数据共享条例 Art. 20–22:
 * <ul>
 *   <li>无条件共享 entries are approved at once (the rule allows one working day);</li>
 *   <li>有条件共享 entries are decided by an ORG_APPROVER of the provider org within
 *       {@code govdx.sharing.answer-days} (10) working days; the provider may ask once for up to 10 more,
 *       effective only when the platform operator consents;</li>
 *   <li>不予共享 entries are refused at submission, naming the entry's reason and legal basis, unless the
 *       platform operator has opened a coordination for the applicant's org (the application is then
 *       COORDINATING);</li>
 *   <li>an incomplete application is returned once, listing every missing point; the clock restarts when
 *       the applicant resubmits; a refusal states its reason;</li>
 *   <li>exactly one decision is ever recorded: decisions are conditional updates on PENDING.</li>
 * </ul>
 * Applicants, the provider org and the platform operator see an application; to anyone else it does not
 * exist (404). Every transition is published as a {@link SharingEvent} inside its transaction.
 */
public interface Applications {

    /** Submits an application of the caller's org. */
    ApplicationView apply(ApplicationRequest request, CurrentUser me);

    ApplicationView get(long id, CurrentUser viewer);

    /**
     * Applications the viewer may see, newest first.
     *
     * @param scope {@code mine} (my org's), {@code provider} (on my org's entries) or {@code all} (operator)
     */
    PageResponse<ApplicationView> list(String scope, ApplicationStatus status, PageRequest page, CurrentUser viewer);

    /** Undecided applications on the approver's org's entries: overdue first, then by deadline. */
    List<ApplicationView> approvalQueue(CurrentUser approver);

    /** Every undecided application past its deadline, for the platform operator. */
    List<ApplicationView> overdue();

    /** Extension requests waiting for the operator's consent. */
    List<ApplicationView> pendingExtensions();

    /** Returns the application once, listing every missing or unclear point (一次性告知). */
    ApplicationView returnForSupplement(long id, List<String> missing, CurrentUser approver);

    /** The applicant resubmits a returned application, changing what was asked; the clock restarts. */
    ApplicationView resubmit(long id, ApplicationRequest changes, CurrentUser me);

    /** The provider asks once for up to 10 more working days. */
    ApplicationView requestExtension(long id, Integer days, String reason, CurrentUser approver);

    /** The platform operator consents to the extension: the deadline moves. */
    ApplicationView approveExtension(long id, CurrentUser operator);

    /** Approves, possibly narrower than asked, and creates the grant. */
    ApplicationView approve(long id, ApprovalRequest approval, CurrentUser approver);

    /** Refuses with a required reason. */
    ApplicationView reject(long id, String reason, CurrentUser approver);

    /** The applicant withdraws an undecided application. */
    ApplicationView withdraw(long id, CurrentUser me);

    /** The operator opens a coordination: the org may apply for the not-shared entry. */
    void openCoordination(long entryId, long consumerOrgId, String note, CurrentUser operator);

    /**
     * The operator records the coordination's outcome: {@code proceed} sends the application to the
     * provider (PENDING, clock starting today), otherwise it is REJECTED with the comment as reason.
     */
    ApplicationView concludeCoordination(long id, boolean proceed, String comment, CurrentUser operator);
}
