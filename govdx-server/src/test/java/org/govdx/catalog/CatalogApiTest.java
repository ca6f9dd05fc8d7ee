package org.govdx.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govdx.catalog.CatalogFixtures.confirmations;
import static org.govdx.catalog.CatalogFixtures.item;
import static org.govdx.catalog.CatalogFixtures.population;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govdx.ApiClient.Response;
import org.govdx.IntegrationTest;
import org.govdx.common.LedgerFact;
import org.govdx.identity.AuditEvent;
import org.govdx.identity.AuditLog;
import org.govdx.identity.AuditQuery;
import org.govdx.common.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class CatalogApiTest extends IntegrationTest {

    @Autowired
    AuditLog audit;

    private Response create(String token, Map<String, Object> body) {
        return api.post("/api/v1/catalog", token, body);
    }

    private long createDraft(String token, String name) {
        Response r = create(token, population(name));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.body().get("id").asLong();
    }

    private long publish(String owner, String name) {
        long id = createDraft(owner, name);
        assertThat(api.post("/api/v1/catalog/" + id + "/submit", owner, confirmations()).status()).isEqualTo(200);
        Response approved = api.post("/api/v1/catalog/" + id + "/review", tokenOf("operator"),
                Map.of("approve", true, "comment", "符合编制要求"));
        assertThat(approved.status()).as(approved.text()).isEqualTo(200);
        return id;
    }

    private static List<String> errorFields(Response r) {
        List<String> fields = new ArrayList<>();
        r.body().get("errors").forEach(e -> fields.add(e.get("field").asText() + ":" + e.get("code").asText()));
        return fields;
    }

    @Test
    void catalogAdminCreatesADraftWithAGeneratedResourceCode() {
        String gaj = tokenOf("gaj_catalog");
        Response r = create(gaj, population("人口基本信息-" + unique()));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        JsonNode body = r.body();
        assertThat(body.get("status").asText()).isEqualTo("DRAFT");
        assertThat(body.get("version").asInt()).isEqualTo(1);
        assertThat(body.get("code").asText()).matches("101001/\\d{6}");
        assertThat(body.get("providerOrgCode").asText()).isEqualTo("ZW-GAJ");
        assertThat(body.get("providerOrgName").asText()).isEqualTo("中卫市公安局");
        assertThat(body.get("classificationName").asText()).isEqualTo("人口基本信息");
        assertThat(body.get("items")).hasSize(4);
        assertThat(body.get("items").get(0).get("key").asBoolean()).isTrue();
        assertThat(body.get("items").get(0).get("maskingRule").asText()).isEqualTo("ID_CARD");
        assertThat(body.get("mount").get("status").asText()).isEqualTo("UNMOUNTED");

        Response second = create(gaj, population("人口基本信息-" + unique()));
        int a = Integer.parseInt(body.get("code").asText().substring(7));
        int b = Integer.parseInt(second.body().get("code").asText().substring(7));
        assertThat(b).as("sequence numbers grow within a classification").isGreaterThan(a);
    }

    @Test
    void validationReportsEveryProblemWithItsField() {
        Map<String, Object> body = population("坏条目-" + unique());
        body.put("shareCondition", null);
        body.put("classification", "999999");
        body.put("openType", "OPEN");
        body.put("grade", "IMPORTANT");
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(item("name", "姓名", "STRING", 50, "NAME", false));
        items.add(item("name", "姓名2", "STRING", 50, "NAME", false));
        body.put("items", items);
        Response r = create(tokenOf("gaj_catalog"), body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("code").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(errorFields(r)).containsExactlyInAnyOrder("classification:UNKNOWN_CLASSIFICATION",
                "shareCondition:SHARE_CONDITION_REQUIRED", "openType:OPEN_WIDER_THAN_SHARE",
                "items[1].code:DUPLICATE_ITEM_CODE");
        assertThat(r.body().get("errors").get(0).get("message").asText()).isNotBlank();

        Map<String, Object> notShared = population("不予共享-" + unique());
        notShared.put("shareType", "NONE");
        notShared.put("shareCondition", "");
        Response none = create(tokenOf("gaj_catalog"), notShared);
        assertThat(errorFields(none)).containsExactlyInAnyOrder("shareCondition:NOT_SHARED_REASON_REQUIRED",
                "legalBasis:LEGAL_BASIS_REQUIRED");

        Map<String, Object> graded = population("分级-" + unique());
        graded.put("shareType", "UNCONDITIONAL");
        graded.put("openType", "OPEN");
        graded.put("grade", "GENERAL_4");
        Response g = create(tokenOf("gaj_catalog"), graded);
        assertThat(errorFields(g)).containsExactly("openType:GRADE_FORBIDS_OPEN_TYPE");
        Response english = api.post("/api/v1/catalog", tokenOf("gaj_catalog"), graded, "en");
        assertThat(english.body().get("errors").get(0).get("message").asText()).contains("GENERAL_4");
    }

    @Test
    void fullLifecycleWithReviewVersionsAndComparison() {
        String gaj = tokenOf("gaj_catalog");
        String operator = tokenOf("operator");
        String name = "生命周期-" + unique();
        long id = createDraft(gaj, name);
        String path = "/api/v1/catalog/" + id;

        // others do not see a draft
        assertThat(api.get(path, tokenOf("spj_user")).status()).isEqualTo(404);
        assertThat(api.get(path, tokenOf("gaj_user")).status()).isEqualTo(200);
        assertThat(api.get(path, operator).status()).isEqualTo(200);

        // Art. 13 confirmations are required
        Response missing = api.post(path + "/submit", gaj, Map.of("confidentialityRiskAssessed", true));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(errorFields(missing)).containsExactlyInAnyOrder("personalInfoImpactAssessed:CONFIRMATION_REQUIRED",
                "approvedBy:REQUIRED");

        Response submitted = api.post(path + "/submit", gaj, confirmations());
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        assertThat(submitted.body().get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.body().get("approvedBy").asText()).isEqualTo("王局长");
        assertThat(submitted.body().get("confidentialityRiskAssessed").asBoolean()).isTrue();
        assertThat(submitted.body().get("personalInfoImpactAssessed").asBoolean()).isTrue();
        assertThat(submitted.body().get("reviewDue").asText()).isNotBlank();
        assertThat(submitted.body().get("reviewOverdue").asBoolean()).isFalse();
        assertThat(api.put(path, gaj, Map.of("summary", "改")).status()).as("no edits under review").isEqualTo(409);

        // the operator's queue lists it
        Response queue = api.get("/api/v1/catalog/reviews", operator);
        assertThat(queue.status()).isEqualTo(200);
        List<Long> queued = new ArrayList<>();
        queue.body().get("content").forEach(t -> queued.add(t.get("id").asLong()));
        assertThat(queued).contains(id);

        // rejection needs a reason and returns the version to draft
        Response noReason = api.post(path + "/review", operator, Map.of("approve", false));
        assertThat(errorFields(noReason)).containsExactly("comment:REJECT_REASON_REQUIRED");
        Response rejected = api.post(path + "/review", operator, Map.of("approve", false, "comment", "摘要过于简单"));
        assertThat(rejected.body().get("status").asText()).isEqualTo("DRAFT");
        assertThat(rejected.body().get("reviewComment").asText()).isEqualTo("摘要过于简单");

        Response edited = api.put(path, gaj, Map.of("summary", "全市户籍人口基本信息（补充说明）。"));
        assertThat(edited.status()).as(edited.text()).isEqualTo(200);
        assertThat(edited.body().get("version").asInt()).as("a draft is edited in place").isEqualTo(1);
        assertThat(edited.body().get("items")).as("items are kept when not sent").hasSize(4);
        api.post(path + "/submit", gaj, confirmations());
        Response published = api.post(path + "/review", operator, Map.of("approve", true, "comment", "同意发布"));
        assertThat(published.body().get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(published.body().get("publishedVersion").asInt()).isEqualTo(1);
        assertThat(published.body().get("publishDate").asText()).isNotBlank();
        String code = published.body().get("code").asText();

        // now everyone (but the auditor) sees it
        assertThat(api.get(path, tokenOf("spj_user")).body().get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(api.get(path, tokenOf("auditor")).status()).isEqualTo(403);

        // changing a published entry opens version 2; version 1 stays live for others
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(item("id_number", "公民身份号码", "STRING", 18, "ID_CARD", true));
        items.add(item("name", "姓名", "STRING", 100, "NAME", false));
        items.add(item("address", "住址", "STRING", 200, "ADDRESS", false));
        Map<String, Object> change = new HashMap<>();
        change.put("name", name + "（第二版）");
        change.put("items", items);
        Response v2 = api.put(path, gaj, change);
        assertThat(v2.status()).as(v2.text()).isEqualTo(200);
        assertThat(v2.body().get("version").asInt()).isEqualTo(2);
        assertThat(v2.body().get("status").asText()).isEqualTo("DRAFT");
        assertThat(v2.body().get("publishedVersion").asInt()).isEqualTo(1);
        assertThat(v2.body().get("code").asText()).as("the code is stable").isEqualTo(code);
        Response consumerView = api.get(path, tokenOf("spj_user"));
        assertThat(consumerView.body().get("version").asInt()).isEqualTo(1);
        assertThat(consumerView.body().get("name").asText()).isEqualTo(name);
        assertThat(api.get(path + "?version=2", tokenOf("spj_user")).status()).isEqualTo(404);
        Response reclassify = api.put(path, gaj, Map.of("classification", "101002"));
        assertThat(errorFields(reclassify)).containsExactly("classification:CLASSIFICATION_FIXED");

        api.post(path + "/submit", gaj, confirmations());
        api.post(path + "/review", operator, Map.of("approve", true, "comment", "同意"));
        Response versions = api.get(path + "/versions", tokenOf("spj_user"));
        assertThat(versions.status()).isEqualTo(200);
        assertThat(versions.body()).hasSize(2);
        assertThat(versions.body().get(0).get("status").asText()).isEqualTo("SUPERSEDED");
        assertThat(versions.body().get(1).get("status").asText()).isEqualTo("PUBLISHED");
        List<String> actions = new ArrayList<>();
        versions.body().get(0).get("history").forEach(h -> actions.add(h.get("action").asText()));
        assertThat(actions).containsExactly("VERSION_OPENED", "SUBMITTED", "REJECTED", "SUBMITTED", "APPROVED");

        Response diff = api.get(path + "/versions/compare?from=1&to=2", tokenOf("spj_user"));
        assertThat(diff.status()).as(diff.text()).isEqualTo(200);
        List<String> changed = new ArrayList<>();
        diff.body().get("fields").forEach(f -> changed.add(f.get("field").asText()));
        assertThat(changed).containsExactly("name");
        assertThat(diff.body().get("addedItems").get(0).get("code").asText()).isEqualTo("address");
        assertThat(diff.body().get("removedItems")).hasSize(2);
        assertThat(diff.body().get("changedItems").get(0).get("code").asText()).isEqualTo("name");

        // every transition became a ledger fact with the resource code, version and provider
        List<String> facts = CatalogFactRecorder.SEEN.stream()
                .filter(f -> code.equals(f.keys().get("resourceCode")))
                .map(f -> f.type() + "@" + f.keys().get("version")).toList();
        assertThat(facts).containsExactly("CATALOG_ENTRY_VERSION_OPENED@1", "CATALOG_ENTRY_SUBMITTED@1",
                "CATALOG_ENTRY_REJECTED@1", "CATALOG_ENTRY_SUBMITTED@1", "CATALOG_ENTRY_PUBLISHED@1",
                "CATALOG_ENTRY_VERSION_OPENED@2", "CATALOG_ENTRY_SUBMITTED@2", "CATALOG_ENTRY_PUBLISHED@2");
        assertThat(CatalogFactRecorder.SEEN).filteredOn(f -> code.equals(f.keys().get("resourceCode")))
                .allSatisfy(f -> assertThat(f.keys().get("providerOrgCode")).isEqualTo("ZW-GAJ"));

        // and was audited with the entry as target
        List<String> audited = audit.search(new AuditQuery(null, "CATALOG_", null, null, null), new PageRequest(0, 200))
                .content().stream().filter(e -> ("catalog:" + code).equals(e.target())).map(AuditEvent::action).toList();
        assertThat(audited).contains("CATALOG_CREATE", "CATALOG_SUBMIT", "CATALOG_REVIEW", "CATALOG_UPDATE");
    }

    @Test
    void onlyTheProvidersCatalogAdminChangesAnEntry() {
        long draft = createDraft(tokenOf("gaj_catalog"), "权限-" + unique());
        String mzj = tokenOf("mzj_catalog");
        assertThat(api.put("/api/v1/catalog/" + draft, mzj, Map.of("summary", "x")).status())
                .as("another org's draft does not exist for it").isEqualTo(404);
        assertThat(api.post("/api/v1/catalog/" + draft + "/submit", mzj, confirmations()).status()).isEqualTo(404);
        assertThat(api.put("/api/v1/catalog/" + draft, tokenOf("gaj_user"), Map.of("summary", "x")).status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/catalog/" + draft + "/review", tokenOf("gaj_catalog"),
                Map.of("approve", true)).status()).isEqualTo(403);

        long published = publish(tokenOf("gaj_catalog"), "权限已发布-" + unique());
        Response foreign = api.put("/api/v1/catalog/" + published, mzj, Map.of("summary", "x"));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.body().get("code").asText()).isEqualTo("NOT_ENTRY_PROVIDER");
        assertThat(api.post("/api/v1/catalog/" + published + "/review", tokenOf("operator"),
                Map.of("approve", true)).status()).as("nothing to review").isEqualTo(409);
    }

    @Test
    void withdrawnEntriesNeedAReasonAndStayVisibleButNotApplicable() {
        String gaj = tokenOf("gaj_catalog");
        long id = publish(gaj, "注销-" + unique());
        String path = "/api/v1/catalog/" + id;
        Response noReason = api.post(path + "/withdraw", gaj, Map.of());
        assertThat(errorFields(noReason)).containsExactly("reason:REQUIRED");
        Response withdrawn = api.post(path + "/withdraw", gaj, Map.of("reason", "业务已调整，数据不再采集"));
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.body().get("status").asText()).isEqualTo("WITHDRAWN");
        Response seen = api.get(path, tokenOf("spj_user"));
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body().get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(seen.body().get("withdrawReason").asText()).isEqualTo("业务已调整，数据不再采集");
        assertThat(api.put(path, gaj, Map.of("summary", "x")).status()).isEqualTo(409);
        assertThat(api.post(path + "/withdraw", gaj, Map.of("reason", "again")).status()).isEqualTo(409);
    }

    @Test
    void classificationTreeListsBaseThemeAndDepartmentResources() {
        Response r = api.get("/api/v1/catalog/classifications", tokenOf("spj_user"));
        assertThat(r.status()).isEqualTo(200);
        Map<String, String> names = new HashMap<>();
        Map<String, Integer> levels = new HashMap<>();
        r.body().get("content").forEach(c -> {
            names.put(c.get("code").asText(), c.get("name").asText());
            levels.put(c.get("code").asText(), c.get("level").asInt());
        });
        assertThat(names).containsEntry("101", "人口").containsEntry("102", "法人单位")
                .containsEntry("103", "自然资源和空间地理").containsEntry("104", "社会信用").containsEntry("105", "电子证照");
        assertThat(names.get("2")).isEqualTo("主题信息资源");
        assertThat(names.get("3")).isEqualTo("部门信息资源");
        assertThat(levels).containsEntry("1", 1).containsEntry("101", 2).containsEntry("101001", 3)
                .containsEntry("10100101", 4);
    }

    @Test
    void mountingRatesAreForTheOperator() {
        publish(tokenOf("gaj_catalog"), "挂载率-" + unique());
        Response r = api.get("/api/v1/catalog/mounting-rates", tokenOf("operator"));
        assertThat(r.status()).isEqualTo(200);
        List<String> orgs = new ArrayList<>();
        r.body().get("content").forEach(o -> orgs.add(o.get("orgCode").asText()));
        assertThat(orgs).contains("ZW-GAJ");
        assertThat(api.get("/api/v1/catalog/mounting-rates", tokenOf("gaj_catalog")).status()).isEqualTo(403);
    }
}
