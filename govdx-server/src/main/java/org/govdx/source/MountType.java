package org.govdx.source;

/** What an entry is mounted on: a database table or view, an HTTP API, or an uploaded file. */
public enum MountType {
    TABLE,
    API,
    FILE
}
