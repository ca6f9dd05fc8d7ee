package org.govdx.catalog;

/** 信息资源格式 of a catalog entry, per the catalog guide. */
public enum ResourceFormat {
    /** 电子表格. */
    SPREADSHEET,
    /** 数据库. */
    DATABASE,
    /** 服务接口. */
    API,
    /** 电子文件. */
    FILE,
    /** 图形图像. */
    IMAGE,
    /** 流媒体. */
    STREAM,
    /** 自描述格式. */
    SELF_DESCRIBING
}
