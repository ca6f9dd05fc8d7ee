package org.govdx.source;

import java.time.Instant;
import java.util.List;

/**
 * An uploaded CSV or XLSX file of a FILE data source.
 *
 * @param format  CSV or XLSX
 * @param sm3     SM3 digest of the stored bytes, hex
 * @param columns the header row, which a FILE mount maps items to
 * @param rows    number of data rows
 */
public record SourceFileInfo(long id, long dataSourceId, String name, String format, long sizeBytes, String sm3,
                             List<String> columns, int rows, String uploadedBy, Instant uploadedAt) {
}
