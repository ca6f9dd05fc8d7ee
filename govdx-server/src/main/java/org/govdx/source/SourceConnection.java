package org.govdx.source;

import javax.sql.DataSource;
import org.govdx.source.internal.Identifiers;

/**
 * A registered JDBC source as a place to write to (the target of a sync job): its pooled
 * connections and how its database quotes names.
 */
public record SourceConnection(long dataSourceId, long orgId, String name, DataSource dataSource, String product,
                               String identifierQuote) {

    /** Quotes a name for this database. */
    public String quote(String name) {
        return new Identifiers(identifierQuote).quote(name);
    }

    /** True for MySQL and MariaDB. */
    public boolean isMySql() {
        String p = product == null ? "" : product.toLowerCase(java.util.Locale.ROOT);
        return p.contains("mysql") || p.contains("mariadb");
    }

    /** True for PostgreSQL. */
    public boolean isPostgres() {
        return product != null && product.toLowerCase(java.util.Locale.ROOT).contains("postgres");
    }
}
