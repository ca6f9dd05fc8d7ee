package org.govdx.exchange.internal;

import java.time.Instant;

/** A row of {@code sync_job}, with the pass under way. */
record SyncJobRow(long id, long grantId, long appId, long entryId, String resourceCode, long consumerOrgId,
                  long providerOrgId, long targetDataSourceId, String targetTable, SyncMode mode, String cron,
                  int batchSize, boolean enabled, String createdBy, Instant createdAt, String watermark,
                  boolean passOpen, String passAfter, String passUpTo, String passKey, long passRows, Long passTotal) {
}
