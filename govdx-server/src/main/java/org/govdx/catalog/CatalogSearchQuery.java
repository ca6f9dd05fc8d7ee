package org.govdx.catalog;

import java.util.List;

/**
 * A catalog search: full text over name, summary, item names, provider and tags (Chinese word
 * segmentation), and filters; several values of one filter match any of them.
 *
 * @param q              words to find, or a resource code; blank lists everything visible
 * @param classification classification codes; an entry matches when it is classified at or below one
 * @param provider       provider org codes
 * @param status         DRAFT, SUBMITTED, PUBLISHED, WITHDRAWN
 * @param page           zero-based page
 * @param size           page size (1–100)
 */
public record CatalogSearchQuery(String q, List<String> classification, List<String> provider, List<String> shareType,
                                 List<String> format, List<String> grade, List<String> updateCycle,
                                 List<String> status, int page, int size) {

    /** Largest page of a search. */
    public static final int MAX_SIZE = 100;

    public CatalogSearchQuery {
        classification = clean(classification);
        provider = clean(provider);
        shareType = clean(shareType);
        format = clean(format);
        grade = clean(grade);
        updateCycle = clean(updateCycle);
        status = clean(status);
        page = Math.max(0, page);
        size = Math.min(MAX_SIZE, Math.max(1, size));
    }

    /** Everything visible, first page of 20. */
    public static CatalogSearchQuery all() {
        return new CatalogSearchQuery(null, null, null, null, null, null, null, null, 0, 20);
    }

    /** The same query for a whole result (exports): from the first row, as many as {@code max}. */
    public CatalogSearchQuery unpaged() {
        return new CatalogSearchQuery(q, classification, provider, shareType, format, grade, updateCycle, status, 0,
                MAX_SIZE);
    }

    private static List<String> clean(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream()
                .flatMap(v -> v == null ? java.util.stream.Stream.empty() : java.util.Arrays.stream(v.split(",")))
                .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
