package org.govdx.sharing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the exchange gateway may let an app do with an entry right now: the active grant's items, row
 * filter and rate limit.
 *
 * @param rowFilter          item code → value every returned record must have (empty: no filter)
 * @param rateLimitPerMinute requests per minute, null for the platform default
 * @param plainItems         items returned unmasked; every other item is masked by its rule
 */
public record GrantAccess(long grantId, long entryId, long appId, long consumerOrgId, long providerOrgId,
                          AccessMode mode, List<String> items, Map<String, String> rowFilter,
                          Integer rateLimitPerMinute, LocalDate validUntil, List<String> plainItems) {
}
