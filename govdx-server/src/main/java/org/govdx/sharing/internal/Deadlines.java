package org.govdx.sharing.internal;

import java.time.LocalDate;
import org.govdx.common.WorkingDays;
import org.springframework.stereotype.Component;

/** The time-limit arithmetic of sharing, on the working-day calendar. */
@Component
class Deadlines {

    private final WorkingDays calendar;
    private final SharingSettings settings;

    Deadlines(WorkingDays calendar, SharingSettings settings) {
        this.calendar = calendar;
        this.settings = settings;
    }

    /** Last day of the provider's answer when the clock starts on {@code start}. */
    LocalDate answerDeadline(LocalDate start) {
        return calendar.plusWorkingDays(start, settings.answerDays());
    }

    /** The deadline moved by an extension the operator consented to. */
    LocalDate extended(LocalDate deadline, int days) {
        return calendar.plusWorkingDays(deadline, days);
    }

    /** Last day to make approved data available. */
    LocalDate supplyDeadline(LocalDate approvedOn) {
        return calendar.plusWorkingDays(approvedOn, settings.supplyDays());
    }

    java.time.ZoneId zone() {
        return calendar.zone();
    }

    int maxExtensionDays() {
        return settings.maxExtensionDays();
    }

    int retentionYears() {
        return settings.retentionYears();
    }

    int expiryWarningDays() {
        return settings.expiryWarningDays();
    }

    /** True when {@code today} is past the deadline. */
    static boolean overdue(LocalDate deadline, LocalDate today) {
        return deadline != null && today.isAfter(deadline);
    }

    /** Working days left until the deadline; negative (working days late) once overdue. */
    Integer dueIn(LocalDate deadline, LocalDate today) {
        if (deadline == null) {
            return null;
        }
        if (today.isAfter(deadline)) {
            return -calendar.workingDaysBetween(deadline, today);
        }
        return calendar.workingDaysBetween(today, deadline);
    }

    /** True when the deadline is at most {@code reminderDays} working days away and not yet passed. */
    boolean dueSoon(LocalDate deadline, LocalDate today) {
        Integer left = dueIn(deadline, today);
        return left != null && left >= 0 && left <= settings.reminderDays();
    }
}
