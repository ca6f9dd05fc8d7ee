package org.govdx.quality;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.govdx.common.LedgerFact;

/** A transition of a quality issue, published in its transaction: QUALITY_ISSUE_&lt;TRANSITION&gt;. */
public record QualityIssueEvent(String type, Instant occurredAt, String actor, String orgCode, long issueId,
                                long entryId, String resourceCode, String origin, Long ruleId, String fromStatus,
                                String toStatus, String comment) implements LedgerFact {

    @Override
    public Map<String, Object> keys() {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("issueId", issueId);
        keys.put("entryId", entryId);
        keys.put("resourceCode", resourceCode);
        keys.put("origin", origin);
        if (ruleId != null) {
            keys.put("ruleId", ruleId);
        }
        if (fromStatus != null) {
            keys.put("fromStatus", fromStatus);
        }
        keys.put("toStatus", toStatus);
        if (comment != null) {
            keys.put("comment", comment);
        }
        return keys;
    }
}
