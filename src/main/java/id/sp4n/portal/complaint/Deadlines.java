package id.sp4n.portal.complaint;

import java.time.Instant;
import java.time.LocalDate;

import id.sp4n.portal.sla.WorkingDayCalendar;
import id.sp4n.portal.sla.WorkingDayCalendars;
import org.springframework.stereotype.Component;

/**
 * The next limit the holding agency must meet (domain.md, "Time limits"), in working days of the holder's
 * calendar and time zone: 3 to verify a complaint it received, 5 for the first follow-up once verified. The
 * clock starts when the complaint reached the holder or, later, when the reporter last wrote back. On hold,
 * responded, completed or archived, nothing is due from the agency.
 */
@Component
class Deadlines {

    static final int VERIFICATION_DAYS = 3;
    static final int FIRST_FOLLOW_UP_DAYS = 5;
    static final int REOPEN_DAYS = 10;

    private final WorkingDayCalendars calendars;

    Deadlines(WorkingDayCalendars calendars) {
        this.calendars = calendars;
    }

    LocalDate dueOn(ComplaintStatus status, String holderCode, Instant clockStart) {
        int days = switch (status) {
            case SUBMITTED -> VERIFICATION_DAYS;
            case VERIFIED, IN_PROGRESS -> FIRST_FOLLOW_UP_DAYS;
            default -> 0;
        };
        if (days == 0 || holderCode == null) {
            return null;
        }
        WorkingDayCalendar calendar = calendars.forAgency(holderCode);
        return calendar.addWorkingDays(calendar.dateOf(clockStart), days);
    }

    /** Recomputes the complaint's due date after a change. */
    void refresh(Complaint complaint) {
        complaint.dueOn(dueOn(complaint.status(), complaint.currentAgencyCode(), complaint.clockStart()));
    }

    /** Today in the agency's time zone, for comparing with due dates. */
    LocalDate today(String agencyCode, Instant now) {
        return calendars.forAgency(agencyCode).dateOf(now);
    }

    /** The last day a reporter may reopen: 10 working days after the response, in the holder's calendar. */
    LocalDate lastDayToReopen(String holderCode, Instant respondedAt) {
        WorkingDayCalendar calendar = calendars.forAgency(holderCode);
        return calendar.addWorkingDays(calendar.dateOf(respondedAt), REOPEN_DAYS);
    }

    boolean mayReopen(String holderCode, Instant respondedAt, Instant now) {
        return !today(holderCode, now).isAfter(lastDayToReopen(holderCode, respondedAt));
    }
}
