package org.govdx.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.govdx.catalog.CatalogItemView;
import org.govdx.catalog.CatalogVersionComparison;
import org.govdx.catalog.CatalogVersionComparison.FieldChange;
import org.govdx.catalog.DataGrade;
import org.govdx.catalog.ItemDataType;
import org.govdx.catalog.OpenType;
import org.govdx.catalog.ResourceFormat;
import org.govdx.catalog.ShareMode;
import org.govdx.catalog.ShareType;
import org.govdx.catalog.UpdateCycle;
import org.govdx.common.masking.MaskingRule;
import org.junit.jupiter.api.Test;

class VersionDiffTest {

    private static CatalogItemView item(String code, String name, MaskingRule rule) {
        return new CatalogItemView(code, name, ItemDataType.STRING, 18, null, DataGrade.GENERAL_3, rule, null, false);
    }

    private static EntryContent content(String name, ShareType share, List<String> tags, List<CatalogItemView> items) {
        return new EntryContent(name, "摘要", "101001", ResourceFormat.DATABASE, share, "范围", null, ShareMode.API,
                OpenType.NOT_OPEN, null, UpdateCycle.DAILY, DataGrade.GENERAL_3, tags, List.of(), items);
    }

    @Test
    void identicalVersionsHaveNoDifferences() {
        EntryContent c = content("人口", ShareType.CONDITIONAL, List.of("a"), List.of(item("name", "姓名", MaskingRule.NAME)));
        assertThat(VersionDiff.compare(1, c, 2, c).identical()).isTrue();
    }

    @Test
    void reportsChangedFieldsAndAddedRemovedAndChangedItems() {
        EntryContent v1 = content("人口基本信息", ShareType.CONDITIONAL, List.of("人口"), List.of(
                item("name", "姓名", MaskingRule.NAME), item("phone", "电话", MaskingRule.MOBILE),
                item("id_number", "身份证号", MaskingRule.NONE)));
        EntryContent v2 = content("人口基本信息（2026）", ShareType.UNCONDITIONAL, List.of("人口", "户籍"), List.of(
                item("name", "姓名", MaskingRule.NAME), item("id_number", "公民身份号码", MaskingRule.ID_CARD),
                item("address", "住址", MaskingRule.ADDRESS)));
        CatalogVersionComparison diff = VersionDiff.compare(1, v1, 2, v2);
        assertThat(diff.fields()).containsExactly(
                new FieldChange("name", "人口基本信息", "人口基本信息（2026）"),
                new FieldChange("shareType", "CONDITIONAL", "UNCONDITIONAL"),
                new FieldChange("tags", "人口", "人口, 户籍"));
        assertThat(diff.addedItems()).extracting(CatalogItemView::code).containsExactly("address");
        assertThat(diff.removedItems()).extracting(CatalogItemView::code).containsExactly("phone");
        assertThat(diff.changedItems()).singleElement().satisfies(change -> {
            assertThat(change.code()).isEqualTo("id_number");
            assertThat(change.fields()).containsExactly(new FieldChange("name", "身份证号", "公民身份号码"),
                    new FieldChange("maskingRule", "NONE", "ID_CARD"));
        });
        assertThat(diff.identical()).isFalse();
    }
}
