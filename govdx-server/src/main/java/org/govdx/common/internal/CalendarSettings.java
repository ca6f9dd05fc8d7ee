package org.govdx.common.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code govdx.calendar.*}: the working-day calendar.
 *
 * @param holidays   public holidays on weekdays, as days {@code 2026-10-01} or ranges {@code 2026-10-01..2026-10-07}
 * @param makeUpDays weekend days worked instead (调休上班), as days or ranges
 * @param zone       the city's time zone (default Asia/Shanghai)
 */
@ConfigurationProperties("govdx.calendar")
record CalendarSettings(List<String> holidays, List<String> makeUpDays, String zone) {
}
