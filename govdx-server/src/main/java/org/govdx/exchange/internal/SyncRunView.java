package org.govdx.exchange.internal;

import java.time.Instant;

/**
 * One run of a sync job.
 *
 * @param rowsRun        rows this run delivered
 * @param passRows       rows delivered by the pass so far (this run and the runs it resumes)
 * @param estimatedTotal rows the pass is expected to deliver, counted when it started
 * @param rowsPerSecond  this run's rate so far (or overall, once finished)
 * @param code           why it failed or was interrupted, e.g. {@code GRANT_REVOKED}
 * @param executedBy     the platform instance that ran it
 */
public record SyncRunView(long id, long jobId, String trigger, SyncRunStatus status, SyncMode mode,
                          Instant startedAt, Instant finishedAt, boolean resumed, long rowsRun, long passRows,
                          Long estimatedTotal, int batches, long bytes, double rowsPerSecond, String code,
                          String executedBy) {
}
