package org.govdx.ledger.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.govdx.common.Validation;

/** Parses the {@code from}/{@code to} filters: an ISO-8601 instant, or a date in the city's zone. */
final class TimeParam {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private TimeParam() {
    }

    /**
     * @param endOfDay for a date: the start of the next day (an exclusive upper bound)
     * @return the instant, or null when blank or invalid (then recorded in {@code v})
     */
    static Instant parse(String text, String field, boolean endOfDay, Validation v) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException notInstant) {
            try {
                LocalDate date = LocalDate.parse(value);
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(ZONE).toInstant();
            } catch (DateTimeParseException notDate) {
                v.check(true, field, "LEDGER_INVALID_TIME");
                return null;
            }
        }
    }
}
