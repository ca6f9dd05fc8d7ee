package org.govdx.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Test
    void weekendsDoNotCount() {
        WorkingDays days = WorkingDays.weekendsOnly();
        LocalDate friday = LocalDate.of(2026, 3, 6);
        assertThat(days.isWorkingDay(friday)).isTrue();
        assertThat(days.isWorkingDay(friday.plusDays(1))).isFalse();
        assertThat(days.isWorkingDay(friday.plusDays(2))).isFalse();
        assertThat(days.plusWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(days.plusWorkingDays(friday, 2)).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(days.plusWorkingDays(LocalDate.of(2026, 3, 9), 2)).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(days.plusWorkingDays(friday, 0)).isEqualTo(friday);
        assertThat(days.plusWorkingDays(LocalDate.of(2026, 3, 7), 1)).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void holidaysAreSkippedAndMakeUpDaysCount() {
        // National Day week off, with the Saturday before it worked instead
        LocalDate makeUp = LocalDate.of(2026, 9, 26);
        List<LocalDate> holidays = List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2),
                LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7));
        WorkingDays days = new WorkingDays(holidays, List.of(makeUp), CHINA);
        assertThat(days.isWorkingDay(makeUp)).isTrue();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        // Wednesday 30 September + 2 working days: 1–7 October are off, so Thursday 8 and Friday 9
        assertThat(days.plusWorkingDays(LocalDate.of(2026, 9, 30), 2)).isEqualTo(LocalDate.of(2026, 10, 9));
        // Friday 25 September + 1: the make-up Saturday
        assertThat(days.plusWorkingDays(LocalDate.of(2026, 9, 25), 1)).isEqualTo(makeUp);
    }

    @Test
    void countsWorkingDaysBetweenTwoDays() {
        WorkingDays days = WorkingDays.weekendsOnly();
        assertThat(days.workingDaysBetween(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 10))).isEqualTo(2);
        assertThat(days.workingDaysBetween(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 6))).isZero();
        assertThat(days.workingDaysBetween(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 13))).isEqualTo(9);
    }

    @Test
    void todayIsTheCitysDate() {
        WorkingDays days = WorkingDays.weekendsOnly();
        // 20:00 UTC on 5 March is already 6 March in China
        Clock clock = Clock.fixed(Instant.parse("2026-03-05T20:00:00Z"), ZoneId.of("UTC"));
        assertThat(days.today(clock)).isEqualTo(LocalDate.of(2026, 3, 6));
    }

    @Test
    void refusesNegativeLimits() {
        assertThatThrownBy(() -> WorkingDays.weekendsOnly().plusWorkingDays(LocalDate.of(2026, 1, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
