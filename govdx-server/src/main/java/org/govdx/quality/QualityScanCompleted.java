package org.govdx.quality;

import java.time.Instant;

/** A scan ended (SUCCEEDED with scores or FAILED with a reason); for supervision's dashboards. */
public record QualityScanCompleted(Instant occurredAt, long scanId, long entryId, long orgId, ScanStatus status,
                                   QualityScores scores, String failureCode) {
}
