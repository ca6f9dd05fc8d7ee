package org.govdx.exchange.internal;

import java.time.Instant;

/**
 * A sync job as its viewers see it.
 *
 * @param watermark    incremental: the source change time up to which rows have been copied
 * @param pendingRows  rows already copied by an unfinished pass, which the next run continues; null when none
 * @param nextRunAt    when the scheduler will run it next, null when not scheduled
 * @param running      the run under way, with its progress; null when idle
 * @param lastRun      the newest finished run, null before the first
 */
public record SyncJobView(long id, long grantId, long appId, long entryId, String resourceCode, long consumerOrgId,
                          long providerOrgId, long targetDataSourceId, String targetTable, SyncMode mode, String cron,
                          int batchSize, boolean enabled, String createdBy, Instant createdAt, String watermark,
                          Long pendingRows, Instant nextRunAt, SyncRunView running, SyncRunView lastRun) {
}
