package id.sp4n.portal.complaint.handling;

import java.time.Instant;
import java.util.List;

import id.sp4n.portal.complaint.CaseAction;
import id.sp4n.portal.complaint.ComplaintStatus;

/**
 * A complaint as a staff member sees it: everything, except the reporter's identity when the complaint is
 * anonymous (then {@code complaint} carries no name or contact). {@code mayAct} is false for oversight and
 * for agencies that only handled it before; {@link #allows} says which actions the complaint's state permits.
 * {@code workedForUnstaffed} is the holder's code when the viewer's agency works it for a holder without staff.
 */
public record CaseView(TrackedComplaint complaint, boolean misconduct, long version, List<TimelineItem> timeline,
                       boolean mayAct, String workedForUnstaffed, boolean identityHidden, String assignedName,
                       int officerForwards, java.time.LocalDate dueOn) {

    /** Whether the viewer may take the action now (the page offers exactly these: {@code view.allows('HOLD')}). */
    public boolean allows(String action) {
        return mayAct && CaseAction.valueOf(action).isAllowedIn(complaint.status());
    }

    /** {@code authorName} is null for the reporter's entries (they are never named on the timeline). */
    public record TimelineItem(String kind, String body, String authorName, String agencyCode,
                               ComplaintStatus fromStatus, ComplaintStatus toStatus, Instant at, boolean internal) {

        /** The limits a {@code DEADLINE_MOVED} entry moved. */
        public List<DeadlineShift> deadlineShifts() {
            return "DEADLINE_MOVED".equals(kind) ? DeadlineShift.parse(body) : List.of();
        }
    }
}
