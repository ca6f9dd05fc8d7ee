package org.govdx.quality;

import java.time.Instant;
import java.util.Map;

/** A quality rule as the API shows it; {@code prefilled} marks rules proposed from the items. */
public record QualityRuleView(long id, long entryId, long orgId, RuleType ruleType, String itemCode,
                              QualityDimension dimension, Severity severity, double threshold,
                              Map<String, Object> params, boolean enabled, boolean prefilled, String updatedBy,
                              Instant updatedAt) {
}
