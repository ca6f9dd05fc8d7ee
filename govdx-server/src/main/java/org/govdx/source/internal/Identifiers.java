package org.govdx.source.internal;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/**
 * Quotes SQL identifiers the way the source's database does ({@code "x"} on PostgreSQL and H2,
 * {@code `x`} on MySQL/MariaDB), doubling any quote character inside. Only names that were read
 * from the database's own metadata are ever quoted into SQL; values are always bound parameters.
 */
public final class Identifiers {

    private final String quote;

    public Identifiers(String quote) {
        this.quote = quote == null || quote.isBlank() ? "\"" : quote.trim();
    }

    public static Identifiers of(DatabaseMetaData metaData) throws SQLException {
        return new Identifiers(metaData.getIdentifierQuoteString());
    }

    /** One quoted identifier. */
    public String quote(String name) {
        if (name == null || name.isEmpty() || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("not an identifier");
        }
        return quote + name.replace(quote, quote + quote) + quote;
    }

    /** A table name, schema-qualified when it has a schema. */
    public String table(String schema, String table) {
        return schema == null || schema.isEmpty() ? quote(table) : quote(schema) + "." + quote(table);
    }
}
