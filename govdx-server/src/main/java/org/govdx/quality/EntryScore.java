package org.govdx.quality;

import java.time.Instant;

/** The current scores of one entry: those of its last successful scan. */
public record EntryScore(long entryId, String resourceCode, String entryName, long orgId, long scanId,
                         Instant scannedAt, QualityScores scores) {
}
