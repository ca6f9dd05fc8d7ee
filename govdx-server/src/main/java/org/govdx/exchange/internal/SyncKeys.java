package org.govdx.exchange.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Encodes the last key of a committed batch so that the next run can bind it again with its type
 * (the keyset condition {@code key > ?} compares like with like): {@code L:} whole numbers,
 * {@code D:} decimals, {@code A:} dates, {@code T:} date-times, {@code S:} text.
 */
final class SyncKeys {

    private SyncKeys() {
    }

    static String encode(Object key) {
        if (key instanceof Long || key instanceof Integer || key instanceof Short || key instanceof Byte) {
            return "L:" + key;
        }
        if (key instanceof BigDecimal d) {
            return "D:" + d.toPlainString();
        }
        if (key instanceof java.sql.Date d) {
            return "A:" + d.toLocalDate();
        }
        if (key instanceof LocalDate d) {
            return "A:" + d;
        }
        if (key instanceof Timestamp t) {
            return "T:" + t.toLocalDateTime();
        }
        if (key instanceof LocalDateTime t) {
            return "T:" + t;
        }
        return "S:" + key;
    }

    static Object decode(String encoded) {
        String v = encoded.substring(2);
        return switch (encoded.charAt(0)) {
            case 'L' -> Long.parseLong(v);
            case 'D' -> new BigDecimal(v);
            case 'A' -> java.sql.Date.valueOf(LocalDate.parse(v));
            case 'T' -> Timestamp.valueOf(LocalDateTime.parse(v));
            default -> v;
        };
    }
}
