package org.govdx.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A sharing application as the applicant, the provider and the operator see it.
 *
 * @param number          readable number {@code SQ<yyyyMMdd>-<6-digit seq>}
 * @param deadline        last working day of the provider's answer (null once decided or while returned)
 * @param overdue         true when still undecided after the deadline
 * @param dueInDays       working days left until the deadline (negative: overdue), null without deadline
 * @param extensionStatus REQUESTED or APPROVED once the provider asked for more time
 * @param returnedPoints  the points the provider listed when returning the application (一次性告知)
 * @param grantId         the grant created by the approval
 */
public record ApplicationView(long id, String number, ApplicationStatus status, long entryId, String entryCode,
                              String entryName, int entryVersion, String shareType, long providerOrgId,
                              String providerOrgCode, long consumerOrgId, String consumerOrgCode, String applicant,
                              long appId, List<String> items, Map<String, String> justifications, String purpose,
                              String scenario, String legalBasis, List<AccessMode> accessModes,
                              LocalDate validUntil, Long demandId, LocalDate clockStart, LocalDate deadline,
                              boolean overdue, Integer dueInDays, Integer extensionDays, String extensionReason,
                              String extensionStatus, List<String> returnedPoints, String decidedBy,
                              Instant decidedAt, String decisionComment, String rejectReason, Long grantId,
                              Instant createdAt) {
}
