package org.govdx.sharing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.govdx.sharing.AccessMode;
import org.govdx.sharing.ApplicationStatus;

/** One row of {@code sharing_application}. */
record ApplicationRow(long id, String number, long entryId, String entryCode, String entryName, int entryVersion,
                      String shareType, long providerOrgId, String providerOrgCode, long consumerOrgId,
                      String consumerOrgCode, String applicant, long appId, List<String> items,
                      Map<String, String> justifications, String purpose, String scenario, String legalBasis,
                      List<AccessMode> accessModes, LocalDate validUntil, Long demandId, ApplicationStatus status,
                      LocalDate clockStart, LocalDate deadline, Integer extensionDays, String extensionReason,
                      String extensionStatus, List<String> returnedPoints, String returnedBy, String decidedBy,
                      Instant decidedAt, String decisionComment, String rejectReason, boolean overdueNotified,
                      boolean reminderNotified, Instant createdAt, Long grantId) {
}
