package org.govdx.common;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The working-day calendar that every time limit counts in (政务数据共享条例: reviews within 2
 * working days, answers within 1 or 10, supply within 20): Monday to Friday, minus public holidays,
 * plus the weekend make-up days (调休上班日) the State Council announces each year. Holidays and
 * make-up days come from {@code govdx.calendar.*}.
 */
public final class WorkingDays {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpDays;
    private final ZoneId zone;

    /**
     * @param holidays   days off that would otherwise be working days
     * @param makeUpDays weekend days that are working days
     * @param zone       the city's time zone, which decides what "today" is
     */
    public WorkingDays(Collection<LocalDate> holidays, Collection<LocalDate> makeUpDays, ZoneId zone) {
        this.holidays = Set.copyOf(new TreeSet<>(holidays));
        this.makeUpDays = Set.copyOf(new TreeSet<>(makeUpDays));
        this.zone = zone;
    }

    /** Weekends only, in China's time zone: the calendar when nothing is configured. */
    public static WorkingDays weekendsOnly() {
        return new WorkingDays(Set.of(), Set.of(), ZoneId.of("Asia/Shanghai"));
    }

    /** True when people work on {@code day}. */
    public boolean isWorkingDay(LocalDate day) {
        if (makeUpDays.contains(day)) {
            return true;
        }
        if (holidays.contains(day)) {
            return false;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /**
     * The day on which a limit of {@code days} working days ends when it starts on {@code start}: the
     * start day itself never counts (a request made on Friday with a limit of 2 ends on Tuesday).
     * Zero days gives {@code start}.
     */
    public LocalDate plusWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        LocalDate day = start;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** Today in the city's time zone. */
    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The city's time zone. */
    public ZoneId zone() {
        return zone;
    }
}
