package org.govdx.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for catalog tests. */
final class CatalogFixtures {

    private CatalogFixtures() {
    }

    static Map<String, Object> item(String code, String name, String dataType, Integer length, String maskingRule,
                                    boolean key) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("code", code);
        item.put("name", name);
        item.put("dataType", dataType);
        item.put("length", length);
        item.put("maskingRule", maskingRule);
        item.put("key", key);
        return item;
    }

    /** A complete conditional entry, like the demo's 人口基本信息. */
    static Map<String, Object> population(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("summary", "全市户籍人口的姓名、公民身份号码、性别、出生日期和住址，供政务服务身份核验使用。");
        body.put("classification", "101001");
        body.put("format", "DATABASE");
        body.put("shareType", "CONDITIONAL");
        body.put("shareCondition", "仅限政务服务事项办理中的身份核验，不得用于其他用途。");
        body.put("shareMode", "API");
        body.put("openType", "NOT_OPEN");
        body.put("updateCycle", "DAILY");
        body.put("grade", "GENERAL_3");
        body.put("tags", List.of("人口", "身份核验"));
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(item("id_number", "公民身份号码", "STRING", 18, "ID_CARD", true));
        items.add(item("name", "姓名", "STRING", 50, "NAME", false));
        items.add(item("gender", "性别", "STRING", 1, "NONE", false));
        items.add(item("birth_date", "出生日期", "DATE", null, "NONE", false));
        body.put("items", items);
        return body;
    }

    static Map<String, Object> confirmations() {
        return Map.of("confidentialityRiskAssessed", true, "personalInfoImpactAssessed", true, "approvedBy", "王局长");
    }
}
