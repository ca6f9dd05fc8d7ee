package org.govdx.demand.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.govdx.demand.DemandStatus;

/** One row of {@code demand}. */
record DemandRow(long id, String title, String description, List<String> desiredItems, String purpose,
                 String scenario, String legalBasis, String urgency, long requesterOrgId, String requesterOrgCode,
                 String requester, Long providerOrgId, DemandStatus status, LocalDate answerDue, LocalDate commitDate,
                 Long linkedEntryId, String refuseReason, String refuseLegalBasis, String escalationReason,
                 String outcome, Long applicationId, String applicationNumber, Instant createdAt,
                 Instant updatedAt) {
}
