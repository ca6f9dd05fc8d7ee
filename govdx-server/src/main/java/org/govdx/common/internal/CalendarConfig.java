package org.govdx.common.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.govdx.common.WorkingDays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the {@link WorkingDays} calendar from {@code govdx.calendar.*}. */
@Configuration(proxyBeanMethods = false)
class CalendarConfig {

    @Bean
    WorkingDays workingDays(CalendarSettings settings) {
        return new WorkingDays(days(settings.holidays(), "govdx.calendar.holidays"),
                days(settings.makeUpDays(), "govdx.calendar.make-up-days"),
                ZoneId.of(settings.zone() == null || settings.zone().isBlank() ? "Asia/Shanghai" : settings.zone()));
    }

    /** Each entry is a day ({@code 2026-10-01}) or an inclusive range ({@code 2026-10-01..2026-10-07}). */
    static List<LocalDate> days(List<String> entries, String property) {
        List<LocalDate> days = new ArrayList<>();
        if (entries == null) {
            return days;
        }
        for (String entry : entries) {
            String text = entry.trim();
            if (text.isEmpty()) {
                continue;
            }
            try {
                String[] range = text.split("\\.\\.", 2);
                LocalDate from = LocalDate.parse(range[0].trim());
                LocalDate to = range.length == 2 ? LocalDate.parse(range[1].trim()) : from;
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    days.add(d);
                }
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(property + ": not a date or date range: " + text, e);
            }
        }
        return days;
    }
}
