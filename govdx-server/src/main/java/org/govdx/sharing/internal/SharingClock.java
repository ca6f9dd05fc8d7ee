package org.govdx.sharing.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.govdx.common.WorkingDays;
import org.springframework.stereotype.Component;

/** Today in the city's time zone, the day every sharing time limit is measured against. */
@Component
class SharingClock {

    private final WorkingDays calendar;
    private final Clock clock;

    SharingClock(WorkingDays calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    LocalDate today() {
        return calendar.today(clock);
    }
}
