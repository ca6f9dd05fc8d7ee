package org.govdx.quality.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.govdx.catalog.CatalogEntryView;
import org.govdx.catalog.CatalogItemView;
import org.govdx.catalog.DataGrade;
import org.govdx.catalog.ItemDataType;
import org.govdx.common.masking.MaskingRule;
import org.govdx.quality.QualityRuleRequest;
import org.govdx.quality.RuleType;
import org.govdx.quality.Severity;

/**
 * The rule set an entry starts with, read from its items: a key is not null and unique; an ID-number
 * item gets its check character and, with a birth-date item, the birth-date match; a credit-code item
 * its check character; text with a declared length the length; items graded 3 and above not null;
 * every entry timeliness and availability. The severity follows the grade.
 */
final class DefaultRules {

    private DefaultRules() {
    }

    static List<QualityRuleRequest> of(CatalogEntryView entry) {
        List<QualityRuleRequest> rules = new ArrayList<>();
        String birth = entry.items().stream().filter(i -> (i.dataType() == ItemDataType.DATE
                        || i.dataType() == ItemDataType.DATETIME) && hint(i).matches(".*(出生|birth).*"))
                .map(CatalogItemView::code).findFirst().orElse(null);
        for (CatalogItemView item : entry.items()) {
            Severity severity = severity(item.grade() == null ? entry.grade() : item.grade(), item.key());
            if (item.key() || graded(item.grade())) {
                rules.add(rule(entry, RuleType.NOT_NULL, item.code(), item.key() ? Severity.HIGH : severity, Map.of()));
            }
            if (item.key()) {
                rules.add(rule(entry, RuleType.UNIQUE, item.code(), Severity.HIGH, Map.of()));
            }
            if (isIdNumber(item)) {
                rules.add(rule(entry, RuleType.ID_CARD, item.code(), Severity.HIGH, Map.of()));
                if (birth != null) {
                    rules.add(rule(entry, RuleType.BIRTH_DATE_MATCH, item.code(), Severity.MEDIUM,
                            Map.of("birthItem", birth)));
                }
            } else if (isCreditCode(item)) {
                rules.add(rule(entry, RuleType.CREDIT_CODE, item.code(), Severity.HIGH, Map.of()));
            } else if (item.dataType() == ItemDataType.STRING && item.length() != null && item.length() > 0) {
                rules.add(rule(entry, RuleType.LENGTH, item.code(), Severity.LOW, Map.of("max", item.length())));
            }
        }
        rules.add(rule(entry, RuleType.TIMELINESS, null, Severity.MEDIUM, Map.of()));
        rules.add(rule(entry, RuleType.AVAILABILITY, null, Severity.MEDIUM, Map.of()));
        return rules;
    }

    private static QualityRuleRequest rule(CatalogEntryView entry, RuleType type, String item, Severity severity,
                                           Map<String, Object> params) {
        double threshold = type == RuleType.TIMELINESS || type == RuleType.AVAILABILITY ? 0.95
                : severity == Severity.HIGH ? 0.99 : severity == Severity.MEDIUM ? 0.98 : 0.95;
        return new QualityRuleRequest(entry.id(), type.name(), item, type.defaultDimension().name(), severity.name(),
                threshold, new LinkedHashMap<>(params), true);
    }

    private static String hint(CatalogItemView i) {
        return (i.name() + " " + i.code()).toLowerCase(Locale.ROOT);
    }

    static boolean isIdNumber(CatalogItemView i) {
        String h = hint(i);
        return i.dataType() == ItemDataType.STRING && (i.maskingRule() == MaskingRule.ID_CARD
                || h.contains("身份证") || h.contains("身份号码") || h.contains("id_number") || h.contains("id_card"));
    }

    static boolean isCreditCode(CatalogItemView i) {
        String h = hint(i);
        return i.dataType() == ItemDataType.STRING && (i.maskingRule() == MaskingRule.CREDIT_CODE
                || h.contains("信用代码") || h.contains("credit_code") || h.contains("uscc"));
    }

    private static boolean graded(DataGrade grade) {
        return grade != null && grade.ordinal() >= DataGrade.GENERAL_3.ordinal();
    }

    private static Severity severity(DataGrade grade, boolean key) {
        if (key || grade == DataGrade.IMPORTANT || grade == DataGrade.CORE) {
            return Severity.HIGH;
        }
        return grade != null && grade.ordinal() >= DataGrade.GENERAL_3.ordinal() ? Severity.MEDIUM : Severity.LOW;
    }
}
