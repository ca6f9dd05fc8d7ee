package org.govdx.quality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A quality issue.
 *
 * @param origin   RULE (raised by a failing rule) or REPORT (a person's error report, 纠错)
 * @param dueDate  the provider's last working day to answer
 * @param overdue  true when past due while the provider still owes an answer
 * @param actions  the transitions the viewer may take now
 */
public record IssueView(long id, long entryId, String resourceCode, String entryName, long orgId, String orgCode,
                        String origin, Long ruleId, IssueStatus status, Severity severity, String itemCode,
                        String recordKey, String requestId, String description, String reporter,
                        Long reporterOrgId, Long failedRows, Long lastScanId, LocalDate dueDate, boolean overdue,
                        String resolution, String rejectReason, Instant createdAt, Instant updatedAt,
                        Instant acknowledgedAt, Instant correctedAt, Instant closedAt, List<String> actions,
                        List<IssueHistoryView> history) {
}
