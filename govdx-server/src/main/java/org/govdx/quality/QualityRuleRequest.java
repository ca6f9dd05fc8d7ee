package org.govdx.quality;

import java.util.Map;

/**
 * A rule to add or the new state of one.
 *
 * @param entryId   the mounted catalog entry
 * @param ruleType  what is checked
 * @param itemCode  the item checked (not for timeliness and availability)
 * @param dimension defaults to the type's dimension
 * @param severity  defaults to MEDIUM
 * @param threshold share of rows that must pass, 0–1, default 1
 * @param params    the type's parameters, see {@link RuleType}
 * @param enabled   default true
 */
public record QualityRuleRequest(Long entryId, String ruleType, String itemCode, String dimension, String severity,
                                 Double threshold, Map<String, Object> params, Boolean enabled) {
}
