package org.govdx.source;

import java.util.List;
import java.util.Map;

/**
 * The first rows of a mounted entry, each item masked by its masking rule.
 *
 * @param columns the entry's items in order
 * @param rows    item code → masked value
 */
public record MountPreview(long entryId, String resourceCode, String name, List<Column> columns,
                           List<Map<String, Object>> rows) {

    /** An item as a preview column: code, name, data type and the masking applied. */
    public record Column(String code, String name, String dataType, String maskingRule) {
    }
}
