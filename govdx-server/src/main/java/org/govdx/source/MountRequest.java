package org.govdx.source;

import java.util.Map;

/**
 * Mounts (挂载) a catalog entry on real data.
 *
 * @param type                  TABLE (a JDBC source's table or view), API (an HTTP source) or FILE (an upload)
 * @param dataSourceId          a source of the entry's provider org, of the matching type
 * @param table                 TABLE: the table as the source lists it ({@code name} or {@code schema.name});
 *                              API: the path below the source's base URL, e.g. {@code /persons}
 * @param keyColumn             TABLE: the column identifying a record (required)
 * @param changeTimestampColumn TABLE: optional date-time (or increasing number) column for incremental exchange
 * @param columns               item code → column (TABLE), JSON field path such as {@code data.name} (API)
 *                              or header name (FILE); every item must be mapped
 * @param fileId                FILE: the uploaded file
 * @param recordsPath           API: where the array of records sits in the response, e.g. {@code data.items};
 *                              empty when the response is the array itself
 */
public record MountRequest(MountType type, Long dataSourceId, String table, String keyColumn,
                           String changeTimestampColumn, Map<String, String> columns, Long fileId,
                           String recordsPath) {
}
