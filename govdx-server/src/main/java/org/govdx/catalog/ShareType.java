package org.govdx.catalog;

/**
 * 共享类型. Sharing is the rule and not sharing the exception (政务数据共享条例): a conditional entry
 * states its scope and permitted use, a not-shared entry its reason and legal basis.
 */
public enum ShareType {
    /** 无条件共享. */
    UNCONDITIONAL(2),
    /** 有条件共享. */
    CONDITIONAL(1),
    /** 不予共享. */
    NONE(0);

    private final int breadth;

    ShareType(int breadth) {
        this.breadth = breadth;
    }

    /** How widely the data may go: 2 for unconditional, 1 conditional, 0 none. */
    public int breadth() {
        return breadth;
    }
}
