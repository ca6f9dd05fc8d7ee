package org.govdx.exchange.internal;

import java.time.Instant;

/** Calls on one resource by one consumer org: who uses a provider's data, and how much. */
public record UsageSummary(Long entryId, String resourceCode, String consumerOrgCode, long calls, long served,
                           long refused, long rows, long bytes, Instant lastCall) {
}
