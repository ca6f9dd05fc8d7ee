package org.govdx.source.internal;

import java.util.List;
import java.util.Map;
import org.govdx.catalog.CatalogItemView;
import org.govdx.common.Validation;
import org.govdx.source.DataSourceType;
import org.govdx.source.MountRequest;
import org.govdx.source.MountType;

/**
 * Binds entries to one kind of source. {@link #resolve} checks a mount request against the
 * source itself (the table and columns exist and fit, the file's header has the columns, the API
 * answers with the fields) and reports every problem as a field error; {@link #read} reads the
 * first rows of a mount as item code → value.
 */
public interface MountConnector {

    MountType mountType();

    DataSourceType sourceType();

    /**
     * Checks {@code request} against the source and answers the mount to store (names as the
     * source spells them), or null when {@code problems} received any.
     *
     * @throws SourceReadException when the source cannot be reached at all
     */
    Resolved resolve(DataSourceRow source, MountRequest request, List<CatalogItemView> items, Validation problems);

    /**
     * The first {@code limit} records, each item code → the value as read (not yet masked).
     *
     * @throws SourceReadException when the source cannot be read
     */
    List<Map<String, Object>> read(DataSourceRow source, MountRow mount, List<CatalogItemView> items, int limit);

    /** What {@link #resolve} settled: the names as the source spells them. */
    record Resolved(String tableRef, String tableSchema, String tableName, String keyColumn, String changeColumn,
                    Long fileId, String recordsPath, Map<String, String> columns) {
    }

    /** The source could not be reached or read, or no longer has what the mount names. */
    final class SourceReadException extends RuntimeException {

        private final String code;
        private final String detail;

        public SourceReadException(String code, String detail, Throwable cause) {
            super(code, cause);
            this.code = code;
            this.detail = detail;
        }

        public static SourceReadException of(Throwable cause) {
            return new SourceReadException(FailureReasons.classify(cause), null, cause);
        }

        /** A {@link FailureReasons} code, or a mount problem such as {@code TABLE_NOT_FOUND}. */
        public String code() {
            return code;
        }

        /** The name the problem concerns (a table or column), if any. */
        public String detail() {
            return detail;
        }
    }
}
