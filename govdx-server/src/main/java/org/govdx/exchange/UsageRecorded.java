package org.govdx.exchange;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.govdx.common.LedgerFact;

/**
 * A usage record was written: the ledger keeps every query, verify, export and sync batch. Type
 * {@code EXCHANGE_USAGE}; the keys carry the request id, so the provenance of any delivered data
 * can be found from it.
 */
public record UsageRecorded(UsageView usage, String actor, String orgCode) implements LedgerFact {

    @Override
    public String type() {
        return "EXCHANGE_USAGE";
    }

    @Override
    public Instant occurredAt() {
        return usage.at();
    }

    @Override
    public Map<String, Object> keys() {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("requestId", usage.requestId());
        keys.put("operation", usage.operation().name());
        keys.put("appId", usage.appId());
        keys.put("consumerOrgId", usage.consumerOrgId());
        keys.put("providerOrgId", usage.providerOrgId());
        keys.put("entryId", usage.entryId());
        keys.put("resourceCode", usage.resourceCode());
        keys.put("grantId", usage.grantId());
        keys.put("syncJobId", usage.syncJobId());
        keys.put("items", usage.items() == null ? null : String.join(",", usage.items()));
        keys.put("rows", usage.rows());
        keys.put("status", usage.status());
        keys.put("code", usage.code());
        keys.put("contentHash", usage.contentHash());
        return keys;
    }
}
