package org.govdx.exchange.internal;

/** What a sync job copies each run. */
public enum SyncMode {
    /** Every granted row, upserted by key. */
    FULL,
    /** Rows whose change timestamp moved since the last completed pass. */
    INCREMENTAL
}
