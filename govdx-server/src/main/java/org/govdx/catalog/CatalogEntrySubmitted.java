package org.govdx.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A version went to review, with the provider's Art. 13 confirmations (政务数据共享条例): the
 * confidentiality-risk and personal-information impact assessments were done, and who approved it.
 */
public record CatalogEntrySubmitted(Instant occurredAt, String actor, String orgCode, long entryId,
                                    String resourceCode, int version, String providerOrgCode,
                                    boolean confidentialityRiskAssessed, boolean personalInfoImpactAssessed,
                                    String approvedBy, LocalDate reviewDue) implements CatalogEntryEvent {

    @Override
    public String type() {
        return "CATALOG_ENTRY_SUBMITTED";
    }

    @Override
    public Map<String, Object> keys() {
        Map<String, Object> keys = commonKeys();
        keys.put("confidentialityRiskAssessed", confidentialityRiskAssessed);
        keys.put("personalInfoImpactAssessed", personalInfoImpactAssessed);
        keys.put("approvedBy", approvedBy);
        keys.put("reviewDue", reviewDue.toString());
        return keys;
    }
}
