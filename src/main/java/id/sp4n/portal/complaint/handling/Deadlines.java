package id.sp4n.portal.complaint.handling;

import java.time.Instant;
import java.time.LocalDate;

import id.sp4n.portal.complaint.ComplaintStatus;
import id.sp4n.portal.complaint.ReportType;
import id.sp4n.portal.complaint.TimeLimits;
import id.sp4n.portal.sla.WorkingDayCalendar;
import id.sp4n.portal.sla.WorkingDayCalendars;
import org.springframework.stereotype.Component;

/**
 * The clocks of domain.md ("Time limits"), in working days of the holding agency's calendar and time zone:
 * <ul>
 * <li>verification: 3 days from arrival at the holder (SUBMITTED);</li>
 * <li>first follow-up: 5 days from arrival at the holder, or from the reporter's reply to a response or reopen
 * (VERIFIED, IN_PROGRESS); a forward restarts it at the new holder;</li>
 * <li>completion: 5 days (aspiration, information request), 14 (complaint) or 60 (misconduct) from filing; a
 * forward never restarts it;</li>
 * <li>auto-completion: 10 days after a response without a reply; reopening: within the same 10 days.</li>
 * </ul>
 * Time on hold does not count: every clock is extended by the working days the complaint spent ON_HOLD since the
 * clock started. The holder's next limit ({@code due_on}) is the earlier of its running clock and completion.
 */
@Component
public class Deadlines {


    private final WorkingDayCalendars calendars;

    Deadlines(WorkingDayCalendars calendars) {
        this.calendars = calendars;
    }

    /**
     * The limits of a complaint routed just after filing (routing writes them with SQL, see ComplaintRouting): the
     * day it arrived, and when verification (or completion, if earlier) and completion are due.
     */
    public record OnArrival(LocalDate arrivedOn, LocalDate verification, LocalDate completion) {
    }

    public OnArrival onArrival(String holderCode, ReportType type, Instant arrival) {
        WorkingDayCalendar calendar = calendars.forAgency(holderCode);
        LocalDate day = calendar.dateOf(arrival);
        LocalDate completion = calendar.addWorkingDays(day,
                TimeLimits.completionDays(type, false));
        LocalDate verification = calendar.addWorkingDays(day, TimeLimits.VERIFICATION_DAYS);
        return new OnArrival(day, verification.isAfter(completion) ? completion : verification, completion);
    }

    /** Recomputes every limit of the complaint after a change. */
    void refresh(Complaint complaint) {
        String holder = complaint.currentAgencyCode();
        if (holder == null) {
            return;
        }
        WorkingDayCalendar calendar = calendars.forAgency(holder);
        ComplaintStatus status = complaint.status();
        boolean closed = status == ComplaintStatus.COMPLETED || status == ComplaintStatus.ARCHIVED;
        LocalDate completion = closed ? null : extended(calendar, complaint, complaint.submittedAt(),
                TimeLimits.completionDays(complaint.type(), complaint.misconduct()));
        LocalDate running = switch (status) {
            case SUBMITTED -> extended(calendar, complaint, complaint.clockStart(), TimeLimits.VERIFICATION_DAYS);
            case VERIFIED, IN_PROGRESS -> extended(calendar, complaint, complaint.clockStart(),
                    TimeLimits.FIRST_FOLLOW_UP_DAYS);
            default -> null;
        };
        LocalDate due = running == null ? null : completion.isBefore(running) ? completion : running;
        LocalDate autoComplete = status == ComplaintStatus.RESPONDED && complaint.respondedAt() != null
                ? calendar.addWorkingDays(calendar.dateOf(complaint.respondedAt()), TimeLimits.AUTO_COMPLETION_DAYS)
                : null;
        complaint.deadlines(due, completion, autoComplete);
    }

    /** {@code days} working days from {@code start}, plus the working days spent on hold since then. */
    private static LocalDate extended(WorkingDayCalendar calendar, Complaint complaint, Instant start, int days) {
        int paused = 0;
        for (Instant[] hold : complaint.holdPeriods()) {
            if (hold[1] != null && !hold[1].isBefore(start)) {
                Instant from = hold[0].isBefore(start) ? start : hold[0];
                paused += calendar.workingDaysBetween(calendar.dateOf(from), calendar.dateOf(hold[1]));
            }
        }
        return calendar.addWorkingDays(calendar.dateOf(start), days + paused);
    }

    /** The date of a moment in the agency's time zone. */
    LocalDate dateOf(String agencyCode, Instant moment) {
        return calendars.forAgency(agencyCode).dateOf(moment);
    }

    /** Today in the agency's time zone, for comparing with due dates. */
    public LocalDate today(String agencyCode, Instant now) {
        return calendars.forAgency(agencyCode).dateOf(now);
    }

    /** Working days from today until the date (negative once it passed), in the agency's calendar. */
    public int workingDaysLeft(String agencyCode, LocalDate due, Instant now) {
        WorkingDayCalendar calendar = calendars.forAgency(agencyCode);
        return calendar.workingDaysBetween(calendar.dateOf(now), due);
    }

    /** Working days from one moment to another (the first day not counted), in the agency's calendar. */
    int workingDaysBetween(String agencyCode, Instant from, Instant to) {
        WorkingDayCalendar calendar = calendars.forAgency(agencyCode);
        return calendar.workingDaysBetween(calendar.dateOf(from), calendar.dateOf(to));
    }

    /** The working day after the date, in the agency's calendar. */
    LocalDate nextWorkingDay(String agencyCode, LocalDate date) {
        return calendars.forAgency(agencyCode).addWorkingDays(date, 1);
    }

    LocalDate addWorkingDays(String agencyCode, Instant from, int days) {
        WorkingDayCalendar calendar = calendars.forAgency(agencyCode);
        return calendar.addWorkingDays(calendar.dateOf(from), days);
    }

    /** The last day a reporter may reopen: 10 working days after the response, in the holder's calendar. */
    LocalDate lastDayToReopen(String holderCode, Instant respondedAt) {
        WorkingDayCalendar calendar = calendars.forAgency(holderCode);
        return calendar.addWorkingDays(calendar.dateOf(respondedAt), TimeLimits.REOPEN_DAYS);
    }

    /** The first day an unresolved complaint may go to the Ombudsman: 60 working days after filing. */
    LocalDate ombudsmanFrom(String holderCode, Instant submittedAt) {
        WorkingDayCalendar calendar = calendars.forAgency(holderCode);
        return calendar.addWorkingDays(calendar.dateOf(submittedAt), TimeLimits.OMBUDSMAN_DAYS);
    }

    boolean mayReopen(String holderCode, Instant respondedAt, Instant now) {
        return !today(holderCode, now).isAfter(lastDayToReopen(holderCode, respondedAt));
    }
}
