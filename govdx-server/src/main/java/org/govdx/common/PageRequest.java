package org.govdx.common;

/**
 * A bounded page request: page numbers start at 0, sizes are clamped to 1..{@value #MAX_SIZE}.
 *
 * @param page zero-based page number
 * @param size page size
 */
public record PageRequest(int page, int size) {

    /** Largest page size any list answers. */
    public static final int MAX_SIZE = 1000;

    public PageRequest {
        page = Math.max(0, page);
        size = Math.min(MAX_SIZE, Math.max(1, size));
    }

    /** Row offset of the first item. */
    public long offset() {
        return (long) page * size;
    }
}
