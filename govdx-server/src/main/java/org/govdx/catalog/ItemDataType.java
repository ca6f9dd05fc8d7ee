package org.govdx.catalog;

/** 数据类型 of a catalog item; a mount checks that the column behind the item fits it. */
public enum ItemDataType {
    STRING,
    INTEGER,
    DECIMAL,
    DATE,
    DATETIME,
    BOOLEAN,
    BINARY
}
