package org.govdx.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A grant (授权): what the consumer app may do with one entry, as approved.
 *
 * @param entryVersion       the entry's published version at approval
 * @param narrowed           true when the grant is narrower than the application
 * @param comment            the approver's explanation of the narrowing
 * @param supplyDeadline     when the entry was not mounted at approval: the day by which the provider must
 *                           make the data available (20 working days)
 * @param supplyOverdue      true when that day has passed and the entry is still not mounted
 * @param requestedItems     what the application asked for, to show how the grant differs
 * @param plainItems         items the gateway returns unmasked
 * @param disposalStatus     DUE or RECORDED once the grant has ended, else null
 */
public record GrantView(long id, long applicationId, String applicationNumber, long entryId, String entryCode,
                        String entryName, int entryVersion, long providerOrgId, String providerOrgCode,
                        long consumerOrgId, String consumerOrgCode, long appId, List<String> items,
                        Map<String, String> rowFilter, List<AccessMode> accessModes, Integer rateLimitPerMinute,
                        LocalDate validFrom, LocalDate validUntil, GrantStatus status, boolean narrowed,
                        String comment, LocalDate supplyDeadline, boolean supplyOverdue,
                        List<String> requestedItems, List<AccessMode> requestedModes,
                        LocalDate requestedValidUntil, Instant endedAt, String endedBy, String endReason,
                        String disposalStatus, Instant createdAt, List<String> plainItems) {
}
