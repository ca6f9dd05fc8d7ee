package org.govdx.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.govdx.common.WorkingDays;
import org.junit.jupiter.api.Test;

/** The working-day arithmetic sharing relies on, across a holiday and a make-up day. */
class DeadlinesTest {

    /** 2026 National Day: Oct 1–7 off (Thu–Wed), Sat Oct 10 worked instead. */
    private final WorkingDays calendar = new WorkingDays(
            List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
                    LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)),
            List.of(LocalDate.of(2026, 10, 10)), ZoneId.of("Asia/Shanghai"));

    @Test
    void tenWorkingDaysAcrossNationalDayCountTheMakeUpSaturday() {
        // applied Tue Sep 29: Sep 30 (1), Oct 8 (2), Oct 9 (3), Sat Oct 10 make-up (4), Oct 12–16 (5–9), Oct 19 (10)
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 29), 10)).isEqualTo(LocalDate.of(2026, 10, 19));
        // without the make-up day it would end a day later
        WorkingDays noMakeUp = new WorkingDays(List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2),
                LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)), List.of(),
                ZoneId.of("Asia/Shanghai"));
        assertThat(noMakeUp.plusWorkingDays(LocalDate.of(2026, 9, 29), 10)).isEqualTo(LocalDate.of(2026, 10, 20));
    }

    @Test
    void twentyWorkingDaySupplyDeadlineAndReminderWindow() {
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 29), 20)).isEqualTo(LocalDate.of(2026, 11, 2));
        LocalDate deadline = LocalDate.of(2026, 10, 19);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 10, 15), deadline)).isEqualTo(2);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 10, 14), deadline)).isEqualTo(3);
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 5))).isFalse();
    }
}
