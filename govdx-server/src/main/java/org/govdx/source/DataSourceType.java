package org.govdx.source;

/** What kind of source: a database reached over JDBC, an HTTP API, or a store of uploaded files. */
public enum DataSourceType {
    JDBC,
    HTTP,
    FILE
}
