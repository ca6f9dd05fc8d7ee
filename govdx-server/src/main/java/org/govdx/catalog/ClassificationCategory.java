package org.govdx.catalog;

/** The three top classes of the catalog guide's resource classification. */
public enum ClassificationCategory {
    /** 基础信息资源 (class code 1): 人口, 法人单位, 自然资源和空间地理, 社会信用, 电子证照. */
    BASE,
    /** 主题信息资源 (class code 2). */
    THEME,
    /** 部门信息资源 (class code 3). */
    DEPARTMENT
}
