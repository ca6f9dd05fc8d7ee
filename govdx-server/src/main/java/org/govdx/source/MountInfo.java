package org.govdx.source;

import java.time.Instant;
import java.util.Map;

/**
 * A mount as the API shows it.
 *
 * @param table      TABLE: the table as named in the source; API: the path; FILE: the file's name
 * @param status     MOUNTED or BROKEN
 * @param reasonCode why it is broken, from its last check (a stable code), null when mounted
 * @param reason     the same in the caller's language
 * @param checkedAt  when the mount was last checked against the source
 */
public record MountInfo(long entryId, String resourceCode, MountType type, long dataSourceId, String dataSourceName,
                        String table, String keyColumn, String changeTimestampColumn, Map<String, String> columns,
                        Long fileId, String recordsPath, String status, String reasonCode, String reason,
                        Instant checkedAt, String updatedBy, Instant updatedAt) {
}
