package org.govdx.source.internal;

import java.time.Instant;
import java.util.Map;
import org.govdx.source.MountType;

/**
 * A stored mount. {@code tableSchema}/{@code tableName} are the names exactly as the source's
 * metadata reported them; {@code tableRef} is how users named the table (or the API path, or the
 * file's name). {@code columns} maps item codes to metadata column names, JSON paths or headers.
 */
public record MountRow(long entryId, long orgId, MountType type, long dataSourceId, String tableRef,
                       String tableSchema, String tableName, String keyColumn, String changeColumn, Long fileId,
                       String recordsPath, Map<String, String> columns, String status, String statusCode,
                       String statusDetail, Instant checkedAt, int revision, String updatedBy, Instant createdAt,
                       Instant updatedAt) {
}
