package org.govdx.source.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.govdx.catalog.ItemDataType;

/**
 * Reads a column as the item's data type and into a JSON-friendly value: text, a number, true or
 * false, ISO dates ({@code 1990-03-07}) and date-times ({@code 2024-05-01T08:30}); binary values are
 * described, not shipped, in a preview.
 */
public final class SourceValues {

    private SourceValues() {
    }

    public static Object read(ResultSet rs, int index, ItemDataType type) throws SQLException {
        Object value = switch (type) {
            case STRING -> rs.getString(index);
            case INTEGER, DECIMAL -> number(rs.getObject(index));
            case DATE -> date(rs, index);
            case DATETIME -> dateTime(rs, index);
            case BOOLEAN -> {
                boolean b = rs.getBoolean(index);
                yield rs.wasNull() ? null : b;
            }
            case BINARY -> {
                byte[] bytes = rs.getBytes(index);
                yield bytes == null ? null : "(" + bytes.length + " bytes)";
            }
        };
        return rs.wasNull() ? null : value;
    }

    private static Object number(Object raw) {
        if (raw == null) {
            return null;
        }
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
            return ((Number) raw).longValue();
        }
        if (raw instanceof BigDecimal decimal) {
            return decimal;
        }
        if (raw instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        return raw.toString();
    }

    private static String date(ResultSet rs, int index) throws SQLException {
        try {
            LocalDate date = rs.getObject(index, LocalDate.class);
            return date == null ? null : date.toString();
        } catch (SQLException | RuntimeException e) {
            java.sql.Date d = rs.getDate(index);
            return d == null ? null : d.toLocalDate().toString();
        }
    }

    private static String dateTime(ResultSet rs, int index) throws SQLException {
        Object raw = rs.getObject(index);
        if (raw == null) {
            return null;
        }
        if (raw instanceof OffsetDateTime odt) {
            return odt.toString();
        }
        if (raw instanceof java.time.LocalDateTime ldt) {
            return ldt.toString();
        }
        Timestamp ts = rs.getTimestamp(index);
        return ts == null ? null : ts.toLocalDateTime().toString();
    }
}
