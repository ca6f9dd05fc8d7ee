package org.govdx.demand;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.govdx.common.LedgerFact;

/**
 * A transition of a demand, published inside its transaction: DEMAND_POSTED, DEMAND_ASSIGNED,
 * DEMAND_ACCEPTED, DEMAND_REFUSED, DEMAND_ESCALATED, DEMAND_COORDINATED, DEMAND_FULFILLED, DEMAND_CLOSED.
 */
public record DemandEvent(String type, Instant occurredAt, String actor, String orgCode, long demandId, String title,
                          long requesterOrgId, String requester, Long providerOrgId, String status, String detail)
        implements LedgerFact {

    @Override
    public Map<String, Object> keys() {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("demandId", demandId);
        keys.put("title", title);
        keys.put("requesterOrgId", requesterOrgId);
        keys.put("providerOrgId", providerOrgId);
        keys.put("status", status);
        keys.put("detail", detail);
        return keys;
    }
}
