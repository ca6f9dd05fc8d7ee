package org.govdx.source;

/**
 * A column of a source table as the mount editor shows it.
 *
 * @param name     the column's name in the database
 * @param type     the database's type name, e.g. {@code varchar}
 * @param size     length or precision
 * @param scale    decimal digits
 * @param nullable may hold nulls
 */
public record SourceColumn(String name, String type, int size, int scale, boolean nullable) {
}
