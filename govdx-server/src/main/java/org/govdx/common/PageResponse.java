package org.govdx.common;

import java.util.List;
import java.util.function.Function;

/**
 * The shape of every list answer of the API: {@code {"content":[…],"page","size","totalElements"}}.
 *
 * @param content       the items of this page
 * @param page          zero-based page number
 * @param size          requested page size
 * @param totalElements number of items over all pages
 */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements) {

    /** Maps the items, keeping the paging figures. */
    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(content.stream().map(mapper).toList(), page, size, totalElements);
    }

    /** Number of pages. */
    public long totalPages() {
        return size == 0 ? 0 : (totalElements + size - 1) / size;
    }
}
