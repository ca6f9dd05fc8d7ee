package org.govdx.quality;

import java.util.List;
import java.util.Map;

/**
 * What one rule found in one scan.
 *
 * @param checkedRows rows (or checks, or key pairs) the rule looked at
 * @param failedRows  those that failed
 * @param ratio       the rule's score 0–1: the share of rows that passed; for timeliness the freshness,
 *                    for availability the share of successful checks and calls
 * @param passed      true when the ratio reached the threshold
 * @param detail      type-specific figures: multi-source counts, newest change, availability shares
 * @param samples     up to 100 failing rows: key and offending values, masked by each item's rule
 */
public record RuleResult(long ruleId, RuleType ruleType, String itemCode, QualityDimension dimension,
                         Severity severity, double threshold, long checkedRows, long failedRows, double ratio,
                         boolean passed, Map<String, Object> detail, List<Map<String, Object>> samples) {
}
