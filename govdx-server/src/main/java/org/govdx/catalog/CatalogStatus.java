package org.govdx.catalog;

/**
 * Lifecycle of a catalog entry and of each of its versions: DRAFT → SUBMITTED → PUBLISHED (or back
 * to DRAFT when rejected); any state → WITHDRAWN (注销). A published version replaced by a newer
 * published one becomes SUPERSEDED (only versions are ever in that state).
 */
public enum CatalogStatus {
    DRAFT,
    SUBMITTED,
    PUBLISHED,
    SUPERSEDED,
    WITHDRAWN
}
