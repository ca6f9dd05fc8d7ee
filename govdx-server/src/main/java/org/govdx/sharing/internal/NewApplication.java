package org.govdx.sharing.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.govdx.sharing.AccessMode;
import org.govdx.sharing.ApplicationStatus;

/** A checked application ready to be stored. */
record NewApplication(long entryId, String entryCode, String entryName, int entryVersion, String shareType,
                      long providerOrgId, String providerOrgCode, long consumerOrgId, String consumerOrgCode,
                      String applicant, long appId, List<String> items, Map<String, String> justifications,
                      String purpose, String scenario, String legalBasis, List<AccessMode> accessModes,
                      LocalDate validUntil, Long demandId, ApplicationStatus status, LocalDate clockStart,
                      LocalDate deadline) {
}
