package org.govdx.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.govdx.common.LedgerFact;

/**
 * A transition of an application or a grant, published inside the transaction of the change: the ledger
 * records it and the notification module tells the people concerned. {@link #type()} is one of
 * APPLICATION_SUBMITTED, APPLICATION_RETURNED, APPLICATION_RESUBMITTED, APPLICATION_EXTENSION_REQUESTED,
 * APPLICATION_EXTENSION_APPROVED, APPLICATION_DECIDED, APPLICATION_COORDINATING, APPLICATION_WITHDRAWN,
 * APPLICATION_DUE_SOON, APPLICATION_OVERDUE, GRANT_CREATED, GRANT_NARROWED, GRANT_REVOKED, GRANT_EXPIRED,
 * GRANT_ENDED, GRANT_EXPIRING, GRANT_DISPOSAL_RECORDED.
 *
 * @param applicationNumber the application's number
 * @param grantId           the grant concerned, if any
 * @param status            the application's (or grant's) status after the change
 * @param deadline          the answer deadline (or the grant's last day), if any
 * @param detail            reason, comment or the returned points
 */
public record SharingEvent(String type, Instant occurredAt, String actor, String orgCode, long applicationId,
                           String applicationNumber, Long grantId, long entryId, String entryCode, String entryName,
                           long providerOrgId, long consumerOrgId, String applicant, String status,
                           LocalDate deadline, String detail) implements LedgerFact {

    @Override
    public Map<String, Object> keys() {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("applicationNumber", applicationNumber);
        keys.put("applicationId", applicationId);
        keys.put("grantId", grantId);
        keys.put("entryId", entryId);
        keys.put("resourceCode", entryCode);
        keys.put("providerOrgId", providerOrgId);
        keys.put("consumerOrgId", consumerOrgId);
        keys.put("status", status);
        keys.put("deadline", deadline == null ? null : deadline.toString());
        keys.put("detail", detail);
        return keys;
    }
}
