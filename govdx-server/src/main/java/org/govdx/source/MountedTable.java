package org.govdx.source;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.govdx.catalog.ItemDataType;
import org.govdx.source.internal.Identifiers;
import org.govdx.source.internal.SourceValues;

/**
 * An entry's mounted table, ready for the SQL that the exchange gateway and quality scans build
 * themselves. Every name here was read from the source's own metadata and is already quoted for
 * its database; values must always be bound as parameters.
 *
 * @param dataSource   the source's pooled connections (at most {@code govdx.source.pool-size}): the
 *                     per-source connection limit that protects a department's database
 * @param product      database product as the driver names it ({@code PostgreSQL}, {@code MariaDB}, {@code H2})
 * @param table        the quoted, schema-qualified table
 * @param columns      item code → quoted column, for the mapped items only
 * @param keyColumn    the quoted key column
 * @param changeColumn the quoted change-timestamp column, null when the mount has none
 * @param queryTimeout the statement time limit every query on the source must set
 */
public record MountedTable(long entryId, long dataSourceId, long orgId, DataSource dataSource, String product,
                           String table, Map<String, String> columns, String keyColumn, String changeColumn,
                           Duration queryTimeout, String identifierQuote) {

    /** Quotes a name for this database (for names the caller read from metadata, never for user input). */
    public String quote(String name) {
        return new Identifiers(identifierQuote).quote(name);
    }

    /** The statement timeout in whole seconds, at least 1. */
    public int queryTimeoutSeconds() {
        return (int) Math.max(1, queryTimeout.toSeconds());
    }

    /** True for MySQL and MariaDB (backquoted names, {@code LIMIT} after {@code OFFSET} rules, no {@code ILIKE}). */
    public boolean isMySql() {
        String p = product == null ? "" : product.toLowerCase(java.util.Locale.ROOT);
        return p.contains("mysql") || p.contains("mariadb");
    }

    /** True for PostgreSQL. */
    public boolean isPostgres() {
        return product != null && product.toLowerCase(java.util.Locale.ROOT).contains("postgres");
    }

    /** Reads a column as the item's type into a JSON-friendly value (numbers, ISO dates and date-times, text). */
    public static Object value(ResultSet rs, int index, ItemDataType type) throws SQLException {
        return SourceValues.read(rs, index, type);
    }
}
