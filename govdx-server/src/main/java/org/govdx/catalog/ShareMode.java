package org.govdx.catalog;

/** 共享方式: how consumers receive the data. */
public enum ShareMode {
    /** 接口. */
    API,
    /** 库表. */
    TABLE,
    /** 文件. */
    FILE
}
