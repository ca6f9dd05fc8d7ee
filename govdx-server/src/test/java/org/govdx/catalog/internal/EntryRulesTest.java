package org.govdx.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.govdx.catalog.CatalogClassification;
import org.govdx.catalog.CatalogEntryRequest;
import org.govdx.catalog.CatalogEntryRequest.CatalogItemRequest;
import org.govdx.catalog.ClassificationCategory;
import org.govdx.catalog.DataGrade;
import org.govdx.catalog.OpenType;
import org.govdx.common.FieldProblem;
import org.govdx.common.masking.MaskingRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntryRulesTest {

    private static final CatalogClassification POPULATION =
            new CatalogClassification("101", "1", "人口", "Population", 2, ClassificationCategory.BASE);
    private static final CatalogClassification BASE =
            new CatalogClassification("1", null, "基础信息资源", "Base", 1, ClassificationCategory.BASE);

    static CatalogItemRequest item(String code) {
        return new CatalogItemRequest(code, "名称" + code, "STRING", 18, null, null, null, null, false);
    }

    static CatalogEntryRequest request(String shareType, String shareCondition, String legalBasis, String openType,
                                       String grade, List<CatalogItemRequest> items) {
        return new CatalogEntryRequest("人口基本信息", "全市户籍人口的基本信息", "101", "DATABASE", shareType,
                shareCondition, legalBasis, "API", openType, null, "DAILY", grade, List.of("人口"), List.of(), items);
    }

    static CatalogEntryRequest valid() {
        return request("CONDITIONAL", "仅用于政务服务身份核验", null, "NOT_OPEN", "GENERAL_3",
                List.of(item("name"), item("id_number")));
    }

    private static EntryRules.Result check(CatalogEntryRequest r) {
        return EntryRules.check(r, code -> switch (code) {
            case "101" -> POPULATION;
            case "1" -> BASE;
            default -> null;
        }, code -> code.equals("101/000001"), null);
    }

    private static List<String> fields(EntryRules.Result r) {
        return r.problems().stream().map(p -> p.field() + ":" + p.code()).toList();
    }

    @Test
    void acceptsACompleteConditionalEntry() {
        EntryRules.Result r = check(valid());
        assertThat(r.problems()).isEmpty();
        assertThat(r.content().items()).hasSize(2);
        assertThat(r.content().items().get(0).grade()).as("item grade defaults to the entry's").isEqualTo(DataGrade.GENERAL_3);
        assertThat(r.content().items().get(0).maskingRule()).isEqualTo(MaskingRule.NONE);
    }

    @Test
    void reportsEveryMissingFieldAtOnce() {
        EntryRules.Result r = check(new CatalogEntryRequest(null, " ", null, null, null, null, null, null, null, null,
                null, null, null, null, null));
        assertThat(fields(r)).contains("name:REQUIRED", "summary:REQUIRED", "classification:REQUIRED",
                "format:REQUIRED", "shareType:REQUIRED", "updateCycle:REQUIRED", "grade:REQUIRED",
                "items:ITEMS_REQUIRED");
    }

    @Test
    void conditionalSharingNeedsScopeAndUse() {
        EntryRules.Result r = check(request("CONDITIONAL", null, null, "NOT_OPEN", "GENERAL_3", List.of(item("a"))));
        assertThat(fields(r)).containsExactly("shareCondition:SHARE_CONDITION_REQUIRED");
    }

    @Test
    void notSharedNeedsReasonAndLegalBasis() {
        EntryRules.Result r = check(request("NONE", null, null, "NOT_OPEN", "GENERAL_3", List.of(item("a"))));
        assertThat(fields(r)).containsExactlyInAnyOrder("shareCondition:NOT_SHARED_REASON_REQUIRED",
                "legalBasis:LEGAL_BASIS_REQUIRED");
        EntryRules.Result ok = check(request("NONE", "涉及国家秘密", "《中华人民共和国保守国家秘密法》", "NOT_OPEN",
                "GENERAL_3", List.of(item("a"))));
        assertThat(ok.problems()).isEmpty();
        assertThat(ok.content().shareMode()).as("a not-shared entry has no share mode").isNull();
    }

    @Test
    void duplicateItemCodesAreReportedOnTheRepeatedItem() {
        EntryRules.Result r = check(request("UNCONDITIONAL", null, null, "NOT_OPEN", "GENERAL_2",
                List.of(item("name"), item("id_number"), item("NAME"))));
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("items[2].code");
            assertThat(p.code()).isEqualTo("DUPLICATE_ITEM_CODE");
            assertThat(p.args()).containsExactly("NAME", 1);
        });
    }

    @Test
    void unknownAndTooBroadClassificationsAreRefused() {
        CatalogEntryRequest v = valid();
        EntryRules.Result unknown = check(new CatalogEntryRequest(v.name(), v.summary(), "999", v.format(),
                v.shareType(), v.shareCondition(), null, v.shareMode(), v.openType(), null, v.updateCycle(), v.grade(),
                null, null, v.items()));
        assertThat(fields(unknown)).containsExactly("classification:UNKNOWN_CLASSIFICATION");
        EntryRules.Result broad = check(new CatalogEntryRequest(v.name(), v.summary(), "1", v.format(),
                v.shareType(), v.shareCondition(), null, v.shareMode(), v.openType(), null, v.updateCycle(), v.grade(),
                null, null, v.items()));
        assertThat(fields(broad)).containsExactly("classification:CLASSIFICATION_TOO_BROAD");
    }

    @ParameterizedTest(name = "share {0} open {1} grade {2} → {3}")
    @CsvSource({
        "UNCONDITIONAL, OPEN,        GENERAL_1, ",
        "UNCONDITIONAL, OPEN,        GENERAL_3, ",
        "UNCONDITIONAL, OPEN,        GENERAL_4, GRADE_FORBIDS_OPEN_TYPE",
        "UNCONDITIONAL, CONDITIONAL, GENERAL_4, ",
        "UNCONDITIONAL, OPEN,        IMPORTANT, GRADE_FORBIDS_OPEN_TYPE",
        "UNCONDITIONAL, CONDITIONAL, IMPORTANT, GRADE_FORBIDS_OPEN_TYPE",
        "UNCONDITIONAL, CONDITIONAL, CORE,      GRADE_FORBIDS_OPEN_TYPE",
        "UNCONDITIONAL, NOT_OPEN,    CORE,      ",
        "CONDITIONAL,   OPEN,        GENERAL_1, OPEN_WIDER_THAN_SHARE",
        "CONDITIONAL,   CONDITIONAL, GENERAL_1, ",
        "NONE,          CONDITIONAL, GENERAL_1, OPEN_WIDER_THAN_SHARE",
        "NONE,          NOT_OPEN,    GENERAL_1, ",
    })
    void openTypeIsBoundedByShareTypeAndGrade(String share, String open, String grade, String expected) {
        CatalogEntryRequest r = new CatalogEntryRequest("n", "s", "101", "API", share, "范围和用途",
                "《某法》第一条", "API", open, "须注册", "DAILY", grade, null, null, List.of(item("a")));
        List<String> codes = check(r).problems().stream().map(FieldProblem::code).toList();
        if (expected == null) {
            assertThat(codes).isEmpty();
        } else {
            assertThat(codes).containsExactly(expected);
            assertThat(check(r).problems().get(0).field()).isEqualTo("openType");
        }
    }

    @Test
    void gradeRuleIsDocumentedOnTheEnum() {
        assertThat(DataGrade.GENERAL_3.allows(OpenType.OPEN)).isTrue();
        assertThat(DataGrade.GENERAL_4.widestOpenType()).isEqualTo(OpenType.CONDITIONAL);
        assertThat(DataGrade.IMPORTANT.widestOpenType()).isEqualTo(OpenType.NOT_OPEN);
        assertThat(DataGrade.CORE.allows(OpenType.NOT_OPEN)).isTrue();
    }

    @Test
    void enumeratedValuesAreCheckedPerFieldAndChineseLabelsAccepted() {
        CatalogEntryRequest r = new CatalogEntryRequest("n", "s", "101", "PDF", "有条件共享", "范围", null, "库表",
                "不予开放", null, "HOURLY", "一般数据3级", null, null,
                List.of(new CatalogItemRequest("a", "A", "text", null, null, "SECRET", "BLUR", null, null)));
        assertThat(fields(check(r))).containsExactlyInAnyOrder("format:INVALID_ENUM", "updateCycle:INVALID_ENUM",
                "items[0].dataType:INVALID_ENUM", "items[0].grade:INVALID_ENUM", "items[0].maskingRule:INVALID_ENUM");
    }

    @Test
    void itemCodesAreSimpleAsciiAndParametersFitTheMaskingRule() {
        List<CatalogItemRequest> items = new ArrayList<>();
        items.add(new CatalogItemRequest("身份证", "身份证号", "STRING", 18, null, null, "ID_CARD", null, true));
        items.add(new CatalogItemRequest("mobile", "手机", "STRING", 11, null, null, "KEEP_FIRST_N_LAST_M", "n=3, m=4", false));
        items.add(new CatalogItemRequest("addr", "地址", "STRING", 200, null, null, "MASK_FROM_X_TO_Y", "x=9,y=3", false));
        items.add(new CatalogItemRequest("email", "邮箱", "STRING", 0, null, null, "EMAIL", "n=1", false));
        EntryRules.Result r = check(request("UNCONDITIONAL", null, null, "NOT_OPEN", "GENERAL_2", items));
        assertThat(fields(r)).containsExactlyInAnyOrder("items[0].code:INVALID_ITEM_CODE",
                "items[2].maskingParams:INVALID_MASKING_PARAMS", "items[3].maskingParams:MASKING_PARAMS_NOT_USED",
                "items[3].length:OUT_OF_RANGE");
        items.remove(3);
        items.remove(2);
        items.set(0, new CatalogItemRequest("id_number", "身份证号", "STRING", 18, null, null, "ID_CARD", null, true));
        EntryRules.Result ok = check(request("UNCONDITIONAL", null, null, "NOT_OPEN", "GENERAL_2", items));
        assertThat(ok.problems()).isEmpty();
        assertThat(ok.content().items().get(1).maskingParams()).isEqualTo("n=3,m=4");
        assertThat(ok.content().items().get(0).key()).isTrue();
    }

    @Test
    void relatedCodesMustExistAndNotBeTheEntryItself() {
        CatalogEntryRequest v = valid();
        CatalogEntryRequest r = new CatalogEntryRequest(v.name(), v.summary(), v.classification(), v.format(),
                v.shareType(), v.shareCondition(), null, v.shareMode(), v.openType(), null, v.updateCycle(), v.grade(),
                null, List.of("101/000001", "101/000002", "abc", "101/000001"), v.items());
        assertThat(fields(check(r))).containsExactlyInAnyOrder("relatedCodes[1]:UNKNOWN_RESOURCE_CODE",
                "relatedCodes[2]:INVALID_RESOURCE_CODE");
        EntryRules.Result self = EntryRules.check(r, c -> POPULATION, c -> true, "101/000002");
        assertThat(fields(self)).containsExactlyInAnyOrder("relatedCodes[1]:RELATED_CODE_IS_SELF",
                "relatedCodes[2]:INVALID_RESOURCE_CODE");
    }

    @Test
    void openTypeDefaultsToNotOpenAndTagsAreCleaned() {
        CatalogEntryRequest v = valid();
        CatalogEntryRequest r = new CatalogEntryRequest(v.name(), v.summary(), v.classification(), v.format(),
                v.shareType(), v.shareCondition(), null, v.shareMode(), null, null, v.updateCycle(), v.grade(),
                List.of(" 人口 ", "", "人口", "户籍"), null, v.items());
        EntryRules.Result result = check(r);
        assertThat(result.problems()).isEmpty();
        assertThat(result.content().openType()).isEqualTo(OpenType.NOT_OPEN);
        assertThat(result.content().tags()).containsExactly("人口", "户籍");
        assertThat(Set.copyOf(result.content().relatedCodes())).isEmpty();
    }
}
