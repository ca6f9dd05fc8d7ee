package org.govdx.catalog.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.govdx.catalog.CatalogClassification;
import org.govdx.catalog.CatalogEntryView;
import org.govdx.catalog.CatalogItemView;
import org.govdx.catalog.DataGrade;
import org.govdx.catalog.ItemDataType;
import org.govdx.catalog.OpenType;
import org.govdx.catalog.ResourceFormat;
import org.govdx.catalog.ShareMode;
import org.govdx.catalog.ShareType;
import org.govdx.catalog.UpdateCycle;
import org.govdx.catalog.internal.CatalogSheet.Column;
import org.govdx.common.masking.MaskingRule;

/** Writes the catalog template and exports (fastexcel, streamed). */
final class CatalogWorkbooks {

    static final String DATA_SHEET = "目录资源";
    private static final int VALIDATED_ROWS = 10_000;

    private CatalogWorkbooks() {
    }

    /** The empty template: headers with dropdowns, the filling instructions and the classification codes. */
    static void template(OutputStream out, List<CatalogClassification> classifications) throws IOException {
        Workbook wb = new Workbook(out, "GovDX", "1.0");
        Worksheet ws = wb.newWorksheet(DATA_SHEET);
        header(ws, false);
        dropdown(ws, 4, ResourceFormat.values());
        dropdown(ws, 5, ShareType.values());
        dropdown(ws, 8, ShareMode.values());
        dropdown(ws, 9, OpenType.values());
        dropdown(ws, 11, UpdateCycle.values());
        dropdown(ws, 12, DataGrade.values());
        dropdown(ws, 17, ItemDataType.values());
        dropdown(ws, 20, DataGrade.values());
        dropdown(ws, 21, MaskingRule.values());
        ws.range(1, 23, VALIDATED_ROWS, 23).validateWithListByFormula("\"是,否\"");
        instructions(wb.newWorksheet("填写说明"));
        Worksheet codes = wb.newWorksheet("资源分类");
        codes.value(0, 0, "分类代码");
        codes.value(0, 1, "名称");
        codes.value(0, 2, "层级");
        codes.value(0, 3, "English");
        codes.range(0, 0, 0, 3).style().bold().fillColor("DDEBF7").set();
        int r = 1;
        for (CatalogClassification c : classifications) {
            codes.value(r, 0, c.code());
            codes.value(r, 1, "  ".repeat(c.level() - 1) + c.name());
            codes.value(r, 2, switch (c.level()) {
                case 1 -> "类";
                case 2 -> "项";
                case 3 -> "目";
                default -> "细目";
            });
            codes.value(r, 3, c.nameEn());
            r++;
        }
        codes.width(0, 14);
        codes.width(1, 30);
        codes.width(3, 36);
        wb.finish();
    }

    /** An export: the template's columns (so it can be edited and imported again) plus code, provider, status, version. */
    static void export(OutputStream out, List<CatalogEntryView> entries) throws IOException {
        Workbook wb = new Workbook(out, "GovDX", "1.0");
        Worksheet ws = wb.newWorksheet(DATA_SHEET);
        header(ws, true);
        int r = 1;
        int number = 1;
        for (CatalogEntryView e : entries) {
            List<CatalogItemView> items = e.items().isEmpty() ? Arrays.asList((CatalogItemView) null) : e.items();
            for (CatalogItemView item : items) {
                ws.value(r, 0, number);
                ws.value(r, 1, e.name());
                ws.value(r, 2, e.classification());
                ws.value(r, 3, e.summary());
                ws.value(r, 4, Enums.label(e.format()));
                ws.value(r, 5, Enums.label(e.shareType()));
                ws.value(r, 6, e.shareCondition());
                ws.value(r, 7, e.legalBasis());
                ws.value(r, 8, Enums.label(e.shareMode()));
                ws.value(r, 9, Enums.label(e.openType()));
                ws.value(r, 10, e.openCondition());
                ws.value(r, 11, Enums.label(e.updateCycle()));
                ws.value(r, 12, Enums.label(e.grade()));
                ws.value(r, 13, String.join("；", e.tags()));
                ws.value(r, 14, String.join("；", e.relatedCodes()));
                if (item != null) {
                    ws.value(r, 15, item.code());
                    ws.value(r, 16, item.name());
                    ws.value(r, 17, Enums.label(item.dataType()));
                    if (item.length() != null) {
                        ws.value(r, 18, item.length());
                    }
                    ws.value(r, 19, item.description());
                    ws.value(r, 20, Enums.label(item.grade()));
                    ws.value(r, 21, Enums.label(item.maskingRule()));
                    ws.value(r, 22, item.maskingParams());
                    ws.value(r, 23, item.key() ? "是" : "否");
                }
                int c = CatalogSheet.COLUMNS.size();
                ws.value(r, c, e.code());
                ws.value(r, c + 1, e.providerOrgName());
                ws.value(r, c + 2, Enums.label(e.status()));
                ws.value(r, c + 3, e.version());
                r++;
                if (r % 1000 == 0) {
                    ws.flush();
                }
            }
            number++;
        }
        wb.finish();
    }

    private static void header(Worksheet ws, boolean export) {
        List<Column> columns = CatalogSheet.COLUMNS;
        for (int c = 0; c < columns.size(); c++) {
            ws.value(0, c, columns.get(c).header());
            ws.width(c, c == 3 || c == 6 || c == 7 ? 36 : 16);
        }
        ws.range(0, 0, 0, columns.size() - 1).style().bold().fillColor("DDEBF7").wrapText(true).set();
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).required()) {
                ws.style(0, c).bold().fillColor("FCE4D6").wrapText(true).set();
            }
        }
        if (export) {
            for (int i = 0; i < CatalogSheet.EXPORT_ONLY.size(); i++) {
                ws.value(0, columns.size() + i, CatalogSheet.EXPORT_ONLY.get(i));
                ws.style(0, columns.size() + i).bold().fillColor("E2EFDA").set();
            }
        }
        ws.freezePane(2, 1);
    }

    private static <E extends Enum<E>> void dropdown(Worksheet ws, int column, E[] values) {
        Function<E, String> label = Enums::label;
        String list = String.join(",", Arrays.stream(values).map(label).toList());
        ws.range(1, column, VALIDATED_ROWS, column).validateWithListByFormula("\"" + list + "\"");
    }

    private static void instructions(Worksheet ws) {
        String[][] lines = {
            {"政务数据资源目录导入模板填写说明"},
            {"1. 每行填写一个信息项；同一资源的多个信息项占多行，资源序号相同。资源的各列只需在该资源的第一行填写，其余行可留空（如填写须与第一行一致）。"},
            {"2. 橙色表头为必填列。资源分类代码见“资源分类”工作表，须归入“项”及以下层级。资源代码由平台按“分类代码/顺序码”自动生成。"},
            {"3. 共享类型为“有条件共享”的，须在“共享条件”列写明共享范围和用途；“不予共享”的，须在该列写明理由，并在“不予共享依据”列写明所依据的法律、行政法规或国务院决定。"},
            {"4. 开放类型不能比共享类型更宽；数据分级决定可选的开放类型：一般数据1–3级不限，一般数据4级至多有条件开放，重要数据和核心数据不予开放。"},
            {"5. 信息项代码以字母开头，只含字母、数字和下划线，在同一资源内不得重复（例如 name、id_number、birth_date）。"},
            {"6. 脱敏规则可选：不脱敏、身份证号、手机号、姓名、地址、银行卡号、电子邮箱、统一社会信用代码、保留前n后m位（参数 n=3,m=4）、遮盖第x至y位（参数 x=7,y=14）、哈希、置空。"},
            {"7. 枚举列既可填中文（如 有条件共享），也可填接口取值（如 CONDITIONAL）。"},
            {"8. 导入是整体生效的：任何一行有问题，整个文件都不会导入，平台会列出每个问题所在的行、列和原因。导入的资源均为草稿，须提交审核后发布。"},
            {""},
            {"示例（请在“目录资源”工作表中填写）："},
            {"资源序号", "资源名称", "资源分类代码", "资源格式", "共享类型", "共享条件", "更新周期", "数据分级", "信息项代码", "信息项名称", "数据类型", "脱敏规则", "是否主键"},
            {"1", "人口基本信息", "10100101", "数据库", "有条件共享", "仅限政务服务身份核验", "每日", "一般数据3级", "id_number", "公民身份号码", "字符串", "身份证号", "是"},
            {"1", "", "", "", "", "", "", "", "name", "姓名", "字符串", "姓名", "否"},
        };
        for (int r = 0; r < lines.length; r++) {
            for (int c = 0; c < lines[r].length; c++) {
                ws.value(r, c, lines[r][c]);
            }
        }
        ws.style(0, 0).bold().fontSize(14).set();
        ws.width(0, 16);
    }
}
