package org.govdx.catalog;

/**
 * The platform operator's decision on a submitted version.
 *
 * @param approve true publishes the version, false sends it back to draft
 * @param comment the review comment; required (the reason) when rejecting
 */
public record CatalogReviewDecision(Boolean approve, String comment) {
}
