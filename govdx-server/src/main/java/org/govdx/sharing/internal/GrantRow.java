package org.govdx.sharing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.govdx.sharing.AccessMode;
import org.govdx.sharing.GrantStatus;

/** One row of {@code sharing_grant}, with its disposal status. */
record GrantRow(long id, long applicationId, long entryId, int entryVersion, long providerOrgId, long consumerOrgId,
                long appId, List<String> items, Map<String, String> rowFilter, List<AccessMode> accessModes,
                Integer rateLimitPerMinute, LocalDate validFrom, LocalDate validUntil, GrantStatus status,
                boolean narrowed, String comment, LocalDate supplyDeadline, boolean expiryNotified, Instant endedAt,
                String endedBy, String endReason, Instant createdAt, String disposalStatus, List<String> plainItems) {
}
