package org.govdx.quality.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govdx.quality.QualityDimension;
import org.govdx.quality.QualityRuleView;
import org.govdx.quality.RuleType;
import org.govdx.quality.Severity;

/** A stored rule with its parsed parameters. */
record RuleDef(long id, long entryId, long orgId, RuleType type, String itemCode, Map<String, Object> params,
               QualityDimension dimension, Severity severity, double threshold, boolean enabled, boolean prefilled,
               String updatedBy, Instant createdAt, Instant updatedAt) {

    /** A rule for tests and previews, not stored. */
    static RuleDef of(long id, RuleType type, String itemCode, Map<String, Object> params) {
        return new RuleDef(id, 0, 0, type, itemCode, params, type.defaultDimension(), Severity.MEDIUM, 1.0, true,
                false, "test", Instant.EPOCH, Instant.EPOCH);
    }

    String param(String name) {
        Object v = params.get(name);
        return v == null ? null : v.toString().trim();
    }

    Long longParam(String name) {
        String v = param(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            return new java.math.BigDecimal(v).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    List<String> listParam(String name) {
        Object v = params.get(name);
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> list) {
            list.stream().filter(x -> x != null).forEach(x -> out.add(x.toString()));
        } else if (v != null && !v.toString().isBlank()) {
            for (String s : v.toString().split("[,，\\n]")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
        }
        return out;
    }

    /** Every item the rule reads, the main one first. */
    List<String> items() {
        List<String> out = new ArrayList<>();
        if (itemCode != null) {
            out.add(itemCode);
        }
        switch (type) {
            case REQUIRED_TOGETHER -> listParam("items").stream().filter(i -> !out.contains(i)).forEach(out::add);
            case BIRTH_DATE_MATCH -> addIf(out, param("birthItem"));
            case END_AFTER_START -> addIf(out, param("endItem"));
            case MULTI_SOURCE -> addIf(out, param("keyItem"));
            default -> {
            }
        }
        return out;
    }

    private static void addIf(List<String> out, String item) {
        if (item != null && !item.isEmpty() && !out.contains(item)) {
            out.add(item);
        }
    }

    QualityRuleView view() {
        return new QualityRuleView(id, entryId, orgId, type, itemCode, dimension, severity, threshold, params, enabled,
                prefilled, updatedBy, updatedAt);
    }
}
