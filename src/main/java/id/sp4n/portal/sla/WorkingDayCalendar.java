package id.sp4n.portal.sla;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * Working days for one agency: Monday to Friday in its time zone, minus national holidays (the
 * {@link FixedNationalHolidays fixed-date ones} in every year), collective leave and its regional holidays. Immutable;
 * get one from {@link WorkingDayCalendars}.
 *
 * <p>Counting convention: the day something arrives is day 0, so "3 working days" from a Monday ends with
 * Thursday, and a complaint that arrives on a holiday starts counting on the next working day.
 */
public final class WorkingDayCalendar {

    private final ZoneId zone;
    private final Set<LocalDate> holidays;

    public WorkingDayCalendar(ZoneId zone, Set<LocalDate> holidays) {
        this.zone = zone;
        this.holidays = Set.copyOf(holidays);
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date)
                && !FixedNationalHolidays.isFixed(date);
    }

    /** Whether the moment falls on a working day in this calendar's zone. */
    public boolean isWorkingDay(Instant instant) {
        return isWorkingDay(dateOf(instant));
    }

    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** The date {@code days} working days after {@code start} (start itself not counted); 0 gives start. */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate date = start;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    /**
     * The end of the last day of a limit of {@code days} working days that starts at {@code start}: the first
     * instant after that day, in this calendar's zone.
     */
    public Instant deadline(Instant start, int days) {
        return addWorkingDays(dateOf(start), days).plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * The working days after {@code start} up to and including {@code end}; negative when end is before start.
     * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.
     */
    public int workingDaysBetween(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            return -workingDaysBetween(end, start);
        }
        int count = 0;
        for (LocalDate date = start.plusDays(1); !date.isAfter(end); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }
}
