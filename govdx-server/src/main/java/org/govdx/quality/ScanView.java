package org.govdx.quality;

import java.time.Instant;
import java.util.List;

/**
 * A scan of an entry.
 *
 * @param trigger       MANUAL, SCHEDULE, MOUNT_CHANGE or DEMO
 * @param failureCode   why a FAILED scan failed ({@code SOURCE_TIMEOUT}, {@code SOURCE_UNAVAILABLE}, …)
 * @param failureReason the same in the caller's language
 * @param scores        null unless SUCCEEDED
 */
public record ScanView(long id, long entryId, String resourceCode, String entryName, long orgId, ScanStatus status,
                       String trigger, String requestedBy, Instant startedAt, Instant finishedAt, Long elapsedMs,
                       int timeLimitSeconds, Long rowCount, String failureCode, String failureReason,
                       QualityScores scores, List<RuleResult> results) {
}
