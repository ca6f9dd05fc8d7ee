package org.govdx.catalog.internal;

import java.util.List;

/**
 * The columns of the catalog spreadsheet (template, import and export): one row per item, the entry's
 * columns repeated on each row of the entry (or left empty after its first row). Rows with the same
 * 资源序号 form one entry.
 */
final class CatalogSheet {

    /** A column: its header, the request field it fills, and whether it describes the entry or an item. */
    record Column(String header, String headerEn, String field, boolean entryLevel, boolean required) {
    }

    static final int NUMBER = 0;
    static final List<Column> COLUMNS = List.of(
            new Column("资源序号", "Entry no.", "number", true, true),
            new Column("资源名称", "Name", "name", true, true),
            new Column("资源分类代码", "Classification code", "classification", true, true),
            new Column("资源摘要", "Summary", "summary", true, true),
            new Column("资源格式", "Format", "format", true, true),
            new Column("共享类型", "Share type", "shareType", true, true),
            new Column("共享条件（有条件共享）/不予共享理由", "Share condition / reason not shared", "shareCondition", true, false),
            new Column("不予共享依据（法律法规、国务院决定）", "Legal basis", "legalBasis", true, false),
            new Column("共享方式", "Share mode", "shareMode", true, false),
            new Column("开放类型", "Open type", "openType", true, false),
            new Column("开放条件", "Open condition", "openCondition", true, false),
            new Column("更新周期", "Update cycle", "updateCycle", true, true),
            new Column("数据分级", "Grade", "grade", true, true),
            new Column("标签（；分隔）", "Tags (; separated)", "tags", true, false),
            new Column("关联资源代码（；分隔）", "Related codes (; separated)", "relatedCodes", true, false),
            new Column("信息项代码", "Item code", "code", false, true),
            new Column("信息项名称", "Item name", "name", false, true),
            new Column("数据类型", "Data type", "dataType", false, true),
            new Column("长度", "Length", "length", false, false),
            new Column("信息项描述", "Item description", "description", false, false),
            new Column("信息项分级", "Item grade", "grade", false, false),
            new Column("脱敏规则", "Masking rule", "maskingRule", false, false),
            new Column("脱敏参数", "Masking parameters", "maskingParams", false, false),
            new Column("是否主键（是/否）", "Key (yes/no)", "key", false, false));

    /** Columns only an export carries after the template's; an import ignores them. */
    static final List<String> EXPORT_ONLY = List.of("资源代码", "提供方", "状态", "版本");

    private CatalogSheet() {
    }

    static String letter(int column) {
        StringBuilder s = new StringBuilder();
        int c = column;
        do {
            s.insert(0, (char) ('A' + c % 26));
            c = c / 26 - 1;
        } while (c >= 0);
        return s.toString();
    }

    /** The column of an entry-level field ({@code tags[2]} → the tags column), or -1. */
    static int entryColumn(String field) {
        String base = field.replaceAll("\\[\\d+]$", "");
        for (int i = 0; i < COLUMNS.size(); i++) {
            if (COLUMNS.get(i).entryLevel() && COLUMNS.get(i).field().equals(base)) {
                return i;
            }
        }
        return -1;
    }

    /** The column of an item field ({@code code}, {@code maskingRule}), or -1. */
    static int itemColumn(String field) {
        for (int i = 0; i < COLUMNS.size(); i++) {
            if (!COLUMNS.get(i).entryLevel() && COLUMNS.get(i).field().equals(field)) {
                return i;
            }
        }
        return -1;
    }

    /** The column for a field-less problem of an entry ({@code items} → the item code column). */
    static int itemColumnOrNumber(String field) {
        return "items".equals(field) ? itemColumn("code") : NUMBER;
    }
}
