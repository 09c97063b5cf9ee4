package id.sp4n.portal.sla.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import id.sp4n.portal.sla.WorkingDayCalendars;
import org.springframework.stereotype.Component;

/**
 * What the pages say about the calendar itself ({@code ${@calendarNotices.provisional(date)}}): a due date in a year
 * whose national holidays are not loaded is provisional, and administrators are warned from 1 October when next
 * year has none (the joint decree usually comes out in the autumn), and at any time when this year has none.
 */
@Component("calendarNotices")
public class CalendarNotices {

    /** From this month on, next year's missing holidays are worth a warning. */
    static final Month WARN_FROM = Month.OCTOBER;

    private final WorkingDayCalendars calendars;
    private final Clock clock;

    CalendarNotices(WorkingDayCalendars calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    public boolean provisional(LocalDate due) {
        return calendars.isProvisional(due);
    }

    /** The years administrators must be warned about now: this year, and from October next year, if not loaded. */
    public List<Integer> missingYears() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta")));
        List<Integer> missing = new ArrayList<>();
        if (!calendars.hasNationalHolidays(today.getYear())) {
            missing.add(today.getYear());
        }
        if (today.getMonthValue() >= WARN_FROM.getValue() && !calendars.hasNationalHolidays(today.getYear() + 1)) {
            missing.add(today.getYear() + 1);
        }
        return missing;
    }
}
