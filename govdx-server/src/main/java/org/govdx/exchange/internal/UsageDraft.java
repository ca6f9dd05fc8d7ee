package org.govdx.exchange.internal;

import java.time.Instant;
import java.util.List;
import org.govdx.exchange.UsageOperation;

/**
 * The usage record of one call while it is being served: opened by {@link ExchangeRequestFilter}
 * with the request id, time and client, filled in by the gateway as it learns the app, resource,
 * grant and outcome, and written once.
 */
public final class UsageDraft {

    static final String ATTRIBUTE = UsageDraft.class.getName();

    final String requestId;
    final Instant at;
    final long startNanos;
    final String clientIp;
    final String endUser;
    UsageOperation operation = UsageOperation.QUERY;
    Long appId;
    String appKey;
    Long consumerOrgId;
    String consumerOrgCode;
    Long providerOrgId;
    Long entryId;
    String resourceCode;
    Long grantId;
    Long syncJobId;
    List<String> items;
    String filter;
    long rows;
    long bytes;
    int status;
    String code;
    String contentHash;
    boolean written;

    public UsageDraft(String requestId, Instant at, long startNanos, String clientIp, String endUser) {
        this.requestId = requestId;
        this.at = at;
        this.startNanos = startNanos;
        this.clientIp = clientIp;
        this.endUser = endUser;
    }

    public String requestId() {
        return requestId;
    }

    long latencyMs() {
        return Math.max(0, (System.nanoTime() - startNanos) / 1_000_000);
    }

    /** A sync batch: no HTTP request, the job is the caller. */
    public static UsageDraft syncBatch(String requestId, Instant at, long syncJobId, long grantId, long appId,
                                       long consumerOrgId, long providerOrgId, long entryId, String resourceCode,
                                       List<String> items, long rows, long bytes, String contentHash) {
        UsageDraft d = new UsageDraft(requestId, at, System.nanoTime(), null, null);
        d.operation = UsageOperation.SYNC_BATCH;
        d.syncJobId = syncJobId;
        d.grantId = grantId;
        d.appId = appId;
        d.consumerOrgId = consumerOrgId;
        d.providerOrgId = providerOrgId;
        d.entryId = entryId;
        d.resourceCode = resourceCode;
        d.items = items;
        d.rows = rows;
        d.bytes = bytes;
        d.status = 200;
        d.contentHash = contentHash;
        return d;
    }
}
