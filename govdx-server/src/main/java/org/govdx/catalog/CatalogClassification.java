package org.govdx.catalog;

/**
 * One node of the resource classification tree (类-项-目-细目). Codes concatenate the levels: the
 * 类 has 1 digit, the 项 2, the 目 3 and the 细目 2, e.g. {@code 1} 基础 → {@code 101} 人口 →
 * {@code 101001} 人口基本信息 → {@code 10100101} 户籍人口.
 *
 * @param code       the classification code
 * @param parentCode the parent node, null for a 类
 * @param name       Chinese name
 * @param nameEn     English name
 * @param level      1 类, 2 项, 3 目, 4 细目
 * @param category   base, theme or department
 */
public record CatalogClassification(String code, String parentCode, String name, String nameEn, int level,
                                    ClassificationCategory category) {

    /** Entries are classified at 项 level or below. */
    public boolean assignable() {
        return level >= 2;
    }
}
