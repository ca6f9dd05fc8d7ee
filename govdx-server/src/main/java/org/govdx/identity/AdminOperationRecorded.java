package org.govdx.identity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.govdx.common.LedgerFact;

/**
 * An operation of one of the three admin roles (三员), as the audit log recorded it; the ledger
 * keeps these so that not even an administrator can quietly rewrite what administrators did.
 */
public record AdminOperationRecorded(Instant occurredAt, String actor, String orgCode, String role, String action,
                                     String target, AuditResult result) implements LedgerFact {

    @Override
    public String type() {
        return "ADMIN_OPERATION";
    }

    @Override
    public Map<String, Object> keys() {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("role", role);
        keys.put("action", action);
        keys.put("target", target);
        keys.put("result", result.name());
        return keys;
    }
}
