package org.govdx.exchange.internal;

/**
 * A new sync job.
 *
 * @param grantId            a bulk grant of the caller's org
 * @param targetDataSourceId a JDBC data source registered by the caller's org
 * @param targetTable        {@code table} or {@code schema.table}; created if absent
 * @param mode               {@code FULL} or {@code INCREMENTAL}
 * @param cron               Spring cron (second minute hour day month weekday), e.g. {@code 0 0 2 * * *}; null: on demand only
 * @param batchSize          rows per batch (checkpoint interval); null for the default
 */
public record SyncJobRequest(Long grantId, Long targetDataSourceId, String targetTable, String mode, String cron,
                             Integer batchSize) {
}
