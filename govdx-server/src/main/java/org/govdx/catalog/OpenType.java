package org.govdx.catalog;

/** 开放类型 towards the public open-data portal. */
public enum OpenType {
    /** 无条件开放. */
    OPEN(2),
    /** 有条件开放. */
    CONDITIONAL(1),
    /** 不予开放. */
    NOT_OPEN(0);

    private final int breadth;

    OpenType(int breadth) {
        this.breadth = breadth;
    }

    /** How widely the data may go: 2 open, 1 conditional, 0 not open; compared with {@link ShareType#breadth()}. */
    public int breadth() {
        return breadth;
    }
}
