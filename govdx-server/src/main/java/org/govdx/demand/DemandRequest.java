package org.govdx.demand;

import java.util.List;

/**
 * A new demand ({@code POST /api/v1/demands}).
 *
 * @param description   what data is needed, in free text
 * @param desiredItems  the items wanted, e.g. 姓名, 公民身份号码
 * @param providerOrgId the provider org if known (the demand is then ASSIGNED at once)
 * @param urgency       LOW, NORMAL (default) or HIGH
 */
public record DemandRequest(String title, String description, List<String> desiredItems, String purpose,
                            String scenario, String legalBasis, Long providerOrgId, String urgency) {
}
