package org.govdx.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govdx.ApiClient;
import org.govdx.ApiClient.Response;

/** Published catalog entries, consumer apps and application bodies for sharing tests. */
public final class SharingFixtures {

    private final ApiClient api;
    private final String operator;

    public SharingFixtures(ApiClient api, String operatorToken) {
        this.api = api;
        this.operator = operatorToken;
    }

    static Map<String, Object> item(String code, String name, String dataType, Integer length, String grade,
                                    String maskingRule, boolean key) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("code", code);
        item.put("name", name);
        item.put("dataType", dataType);
        item.put("length", length);
        item.put("grade", grade);
        item.put("maskingRule", maskingRule);
        item.put("key", key);
        return item;
    }

    /** A population-like entry of the given share type, graded 一般数据3级 with one level-3 item. */
    public static Map<String, Object> entry(String name, String shareType) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("summary", "全市户籍人口的姓名、公民身份号码、性别、出生日期和住址，供政务服务身份核验使用。");
        body.put("classification", "101001");
        body.put("format", "DATABASE");
        body.put("shareType", shareType);
        if (!"UNCONDITIONAL".equals(shareType)) {
            body.put("shareCondition", "NONE".equals(shareType) ? "涉及个人敏感信息，不宜共享。"
                    : "仅限政务服务事项办理中的身份核验，不得用于其他用途。");
        }
        if ("NONE".equals(shareType)) {
            body.put("legalBasis", "《中华人民共和国个人信息保护法》第二十八条");
        } else {
            body.put("shareMode", "API");
        }
        body.put("openType", "NOT_OPEN");
        body.put("updateCycle", "DAILY");
        body.put("grade", "GENERAL_3");
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(item("id_number", "公民身份号码", "STRING", 18, "GENERAL_3", "ID_CARD", true));
        items.add(item("name", "姓名", "STRING", 50, "GENERAL_2", "NAME", false));
        items.add(item("gender", "性别", "STRING", 1, "GENERAL_1", "NONE", false));
        items.add(item("county", "户籍区县", "STRING", 20, "GENERAL_1", "NONE", false));
        body.put("items", items);
        return body;
    }

    /** Creates, submits and publishes an entry of the catalog admin's org; returns its id. */
    public long publish(String catalogAdminToken, String name, String shareType) {
        Response created = api.post("/api/v1/catalog", catalogAdminToken, entry(name, shareType));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        Response submitted = api.post("/api/v1/catalog/" + id + "/submit", catalogAdminToken,
                Map.of("confidentialityRiskAssessed", true, "personalInfoImpactAssessed", true, "approvedBy", "王局长"));
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        Response published = api.post("/api/v1/catalog/" + id + "/review", operator,
                Map.of("approve", true, "comment", "同意发布"));
        assertThat(published.status()).as(published.text()).isEqualTo(200);
        return id;
    }

    /** Registers a consumer app of the data user's org; returns its id. */
    public long app(String dataUserToken, String name) {
        Response r = api.post("/api/v1/apps", dataUserToken, Map.of("name", name, "description", "测试应用"));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.body().get("id").asLong();
    }

    /** A complete application body for the entry. */
    public static Map<String, Object> application(long entryId, long appId, List<String> items, List<String> modes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entryId", entryId);
        body.put("items", items);
        body.put("purpose", "企业开办身份核验，免于提交身份证复印件");
        body.put("scenario", "企业开办一网通办");
        body.put("legalBasis", "《优化营商环境条例》第三十五条");
        body.put("accessModes", modes);
        body.put("appId", appId);
        Map<String, String> why = new LinkedHashMap<>();
        if (items.contains("id_number")) {
            why.put("id_number", "核验申请人身份需比对公民身份号码");
        }
        body.put("justifications", why);
        return body;
    }
}
