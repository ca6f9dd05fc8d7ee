package org.govdx.demand;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A demand as the requester, the provider and the operator see it.
 *
 * @param answerDue     last working day for the provider to accept or refuse an assigned demand
 * @param commitDate    the day by which the provider committed to publish the entry
 * @param overdue       true when an answer or a committed publication is late
 * @param linkedEntryId the entry that satisfies (or will satisfy) the demand
 */
public record DemandView(long id, String title, String description, List<String> desiredItems, String purpose,
                         String scenario, String legalBasis, String urgency, long requesterOrgId,
                         String requesterOrgCode, String requester, Long providerOrgId, DemandStatus status,
                         LocalDate answerDue, LocalDate commitDate, boolean overdue, Long linkedEntryId,
                         String refuseReason, String refuseLegalBasis, String escalationReason, String outcome,
                         Long applicationId, String applicationNumber, Instant createdAt, Instant updatedAt) {
}
