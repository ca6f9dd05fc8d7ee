package org.govdx.catalog;

/**
 * Data grade per GB/T 43697-2024: 一般数据 levels 1–4, 重要数据, 核心数据. The grade bounds the open
 * type an entry may choose:
 * <ul>
 *   <li>一般数据 1–3级: any open type;</li>
 *   <li>一般数据 4级: at most conditional opening (有条件开放);</li>
 *   <li>重要数据 and 核心数据: never opened (不予开放).</li>
 * </ul>
 */
public enum DataGrade {
    GENERAL_1(OpenType.OPEN),
    GENERAL_2(OpenType.OPEN),
    GENERAL_3(OpenType.OPEN),
    GENERAL_4(OpenType.CONDITIONAL),
    IMPORTANT(OpenType.NOT_OPEN),
    CORE(OpenType.NOT_OPEN);

    private final OpenType widestOpenType;

    DataGrade(OpenType widestOpenType) {
        this.widestOpenType = widestOpenType;
    }

    /** The widest open type this grade allows. */
    public OpenType widestOpenType() {
        return widestOpenType;
    }

    /** True when an entry of this grade may choose {@code openType}. */
    public boolean allows(OpenType openType) {
        return openType.breadth() <= widestOpenType.breadth();
    }
}
