package org.govdx.exchange;

import java.time.Instant;
import java.util.List;

/**
 * A usage record (调用记录): one gateway call or sync batch, allowed or refused.
 *
 * @param requestId   the id returned to the caller as {@code X-Request-Id}
 * @param endUser     the end user the app named in {@code X-End-User}: recorded, never trusted for access
 * @param items       item codes returned
 * @param filter      the filter as stored (values of graded items hashed)
 * @param status      the HTTP status answered
 * @param code        the problem code of a refusal or failure, null when served
 * @param contentHash SM3 (hex) over the canonical content of a sync batch, null otherwise
 */
public record UsageView(long id, String requestId, Instant at, UsageOperation operation, Long appId, String appKey,
                        Long consumerOrgId, String consumerOrgCode, Long providerOrgId, Long entryId,
                        String resourceCode, Long grantId, Long syncJobId, String endUser, List<String> items,
                        String filter, long rows, long bytes, int status, String code, long latencyMs,
                        String clientIp, String contentHash) {
}
