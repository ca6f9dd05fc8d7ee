package org.govdx.catalog;

import java.util.List;
import java.util.Map;

/**
 * A page of search hits, best first (or newest first without words), with the facet counts of the
 * whole result: {@code shareType}, {@code format}, {@code provider}, {@code classification} (every level
 * an entry sits at or under), {@code grade}, {@code updateCycle} and {@code status}.
 */
public record CatalogSearchResult(List<CatalogSearchHit> content, int page, int size, long totalElements,
                                  Map<String, List<FacetCount>> facets) {

    /**
     * @param value the filter value (enum name, org code or classification code)
     * @param label a name for org codes and classification codes; null for enumerated values
     */
    public record FacetCount(String value, String label, long count) {
    }
}
