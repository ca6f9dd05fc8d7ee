package org.govdx.catalog;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * The provider's confirmations when submitting a version for review (政务数据共享条例 Art. 13).
 *
 * @param confidentialityRiskAssessed the confidentiality-risk (泄密风险) assessment was done
 * @param personalInfoImpactAssessed  the personal-information impact assessment (个人信息保护影响评估) was done
 * @param approvedBy                  who in the provider approved publishing the entry
 */
public record CatalogSubmission(
        @JsonAlias({"riskAssessed", "confidentialityAssessed", "securityAssessed", "riskAssessmentDone"})
        Boolean confidentialityRiskAssessed,
        @JsonAlias({"personalInfoAssessed", "piaDone", "personalInformationImpactAssessed", "privacyAssessed"})
        Boolean personalInfoImpactAssessed,
        @JsonAlias({"approver", "approvedByName"})
        String approvedBy) {
}
