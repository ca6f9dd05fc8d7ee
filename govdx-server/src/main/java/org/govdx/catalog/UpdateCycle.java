package org.govdx.catalog;

/** 更新周期. */
public enum UpdateCycle {
    /** 实时. */
    REALTIME,
    /** 每日. */
    DAILY,
    /** 每周. */
    WEEKLY,
    /** 每月. */
    MONTHLY,
    /** 每季度. */
    QUARTERLY,
    /** 每年. */
    YEARLY
}
