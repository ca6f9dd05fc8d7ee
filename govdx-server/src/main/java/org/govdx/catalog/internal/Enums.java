package org.govdx.catalog.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.govdx.catalog.CatalogStatus;
import org.govdx.catalog.DataGrade;
import org.govdx.catalog.ItemDataType;
import org.govdx.catalog.OpenType;
import org.govdx.catalog.ResourceFormat;
import org.govdx.catalog.ShareMode;
import org.govdx.catalog.ShareType;
import org.govdx.catalog.UpdateCycle;
import org.govdx.common.masking.MaskingRule;

/**
 * Enumerated values by API name or by their Chinese label, as a spreadsheet filled in by hand holds
 * them ({@code 有条件共享} as well as {@code CONDITIONAL}).
 */
final class Enums {

    private static final Map<Enum<?>, String> LABELS = new HashMap<>();
    private static final Map<Class<?>, Map<String, Enum<?>>> BY_LABEL = new HashMap<>();

    static {
        label(ResourceFormat.SPREADSHEET, "电子表格");
        label(ResourceFormat.DATABASE, "数据库");
        label(ResourceFormat.API, "服务接口");
        label(ResourceFormat.FILE, "电子文件");
        label(ResourceFormat.IMAGE, "图形图像");
        label(ResourceFormat.STREAM, "流媒体");
        label(ResourceFormat.SELF_DESCRIBING, "自描述格式");
        label(ShareType.UNCONDITIONAL, "无条件共享");
        label(ShareType.CONDITIONAL, "有条件共享");
        label(ShareType.NONE, "不予共享");
        label(ShareMode.API, "接口");
        label(ShareMode.TABLE, "库表");
        label(ShareMode.FILE, "文件");
        label(OpenType.OPEN, "无条件开放");
        label(OpenType.CONDITIONAL, "有条件开放");
        label(OpenType.NOT_OPEN, "不予开放");
        label(UpdateCycle.REALTIME, "实时");
        label(UpdateCycle.DAILY, "每日");
        label(UpdateCycle.WEEKLY, "每周");
        label(UpdateCycle.MONTHLY, "每月");
        label(UpdateCycle.QUARTERLY, "每季度");
        label(UpdateCycle.YEARLY, "每年");
        label(DataGrade.GENERAL_1, "一般数据1级");
        label(DataGrade.GENERAL_2, "一般数据2级");
        label(DataGrade.GENERAL_3, "一般数据3级");
        label(DataGrade.GENERAL_4, "一般数据4级");
        label(DataGrade.IMPORTANT, "重要数据");
        label(DataGrade.CORE, "核心数据");
        label(ItemDataType.STRING, "字符串");
        label(ItemDataType.INTEGER, "整数");
        label(ItemDataType.DECIMAL, "小数");
        label(ItemDataType.DATE, "日期");
        label(ItemDataType.DATETIME, "日期时间");
        label(ItemDataType.BOOLEAN, "布尔");
        label(ItemDataType.BINARY, "二进制");
        label(MaskingRule.NONE, "不脱敏");
        label(MaskingRule.ID_CARD, "身份证号");
        label(MaskingRule.MOBILE, "手机号");
        label(MaskingRule.NAME, "姓名");
        label(MaskingRule.ADDRESS, "地址");
        label(MaskingRule.BANK_CARD, "银行卡号");
        label(MaskingRule.EMAIL, "电子邮箱");
        label(MaskingRule.CREDIT_CODE, "统一社会信用代码");
        label(MaskingRule.KEEP_FIRST_N_LAST_M, "保留前n后m位");
        label(MaskingRule.MASK_FROM_X_TO_Y, "遮盖第x至y位");
        label(MaskingRule.HASH, "哈希");
        label(MaskingRule.NULL, "置空");
        label(CatalogStatus.DRAFT, "草稿");
        label(CatalogStatus.SUBMITTED, "待审核");
        label(CatalogStatus.PUBLISHED, "已发布");
        label(CatalogStatus.SUPERSEDED, "已被新版本取代");
        label(CatalogStatus.WITHDRAWN, "已注销");
    }

    private Enums() {
    }

    private static void label(Enum<?> value, String label) {
        LABELS.put(value, label);
        BY_LABEL.computeIfAbsent(value.getDeclaringClass(), k -> new HashMap<>()).put(label, value);
    }

    /** The Chinese label of a value (its name when it has none). */
    static String label(Enum<?> value) {
        return value == null ? null : LABELS.getOrDefault(value, value.name());
    }

    /** The value named (any case) or labelled {@code text}; null when none matches. */
    static <E extends Enum<E>> E parse(Class<E> type, String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        try {
            return Enum.valueOf(type, t.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            Enum<?> byLabel = BY_LABEL.getOrDefault(type, Map.of()).get(t);
            return byLabel == null ? null : type.cast(byLabel);
        }
    }
}
