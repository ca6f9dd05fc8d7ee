package org.govdx.exchange;

/** What a gateway call did. */
public enum UsageOperation {
    /** JSON query, by item filters or the query body. */
    QUERY,
    /** 核验: a yes/no answer, no values. */
    VERIFY,
    /** Streamed CSV or NDJSON export of the whole granted result. */
    EXPORT,
    /** One batch delivered by a sync job. */
    SYNC_BATCH
}
