package org.govdx.quality.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.govdx.quality.IssueStatus;
import org.govdx.quality.Severity;

/** A stored quality issue. */
record IssueRow(long id, long entryId, long orgId, String origin, Long ruleId, IssueStatus status, Severity severity,
                String itemCode, String recordKey, String requestId, String description, String reporter,
                Long reporterOrgId, Long failedRows, Long lastScanId, LocalDate dueDate, String resolution,
                String rejectReason, Instant createdAt, Instant updatedAt, Instant acknowledgedAt,
                Instant correctedAt, Instant closedAt) {

    static final String RULE = "RULE";
    static final String REPORT = "REPORT";

    boolean overdue(LocalDate today) {
        return status.awaitsProvider() && dueDate.isBefore(today);
    }
}
