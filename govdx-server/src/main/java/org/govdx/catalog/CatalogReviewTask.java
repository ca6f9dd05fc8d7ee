package org.govdx.catalog;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A submitted version waiting for the platform operator's review (2 working days).
 *
 * @param reviewDue       last day of the review
 * @param overdue         true once that day has passed
 * @param workingDaysLeft working days from today to the due day; negative when overdue
 */
public record CatalogReviewTask(long id, String code, String name, int version, boolean newVersion,
                                String providerOrgCode, String providerOrgName, Instant submittedAt,
                                String submittedBy, String approvedBy, LocalDate reviewDue, boolean overdue,
                                int workingDaysLeft) {
}
