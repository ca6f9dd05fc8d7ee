package org.govdx.catalog;

/**
 * One problem of a refused spreadsheet import.
 *
 * @param row     1-based spreadsheet row
 * @param column  spreadsheet column letter, e.g. {@code F}; null for the whole row or file
 * @param header  the column's header in the template
 * @param field   the API field the column fills, e.g. {@code items[2].code}
 * @param code    stable problem code
 * @param message the reason in the caller's language
 */
public record CatalogImportProblem(int row, String column, String header, String field, String code, String message) {
}
