package org.govdx.quality;

/**
 * Issue handling of one provider org, for the scorecards.
 *
 * @param avgAcknowledgeHours mean hours from report to acknowledgement, null when none
 * @param avgFixHours         mean hours from report to correction, null when none
 */
public record OrgIssueStats(long orgId, String orgCode, String orgName, long open, long overdue, long closed,
                            Double avgAcknowledgeHours, Double avgFixHours) {
}
