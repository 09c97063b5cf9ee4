package id.sp4n.portal.complaint;

import java.time.Instant;
import java.util.List;

/**
 * A complaint as a staff member sees it: everything, except the reporter's identity when the complaint is
 * anonymous (then {@code complaint} carries no name or contact). {@code mayAct} is false for oversight and
 * for agencies that only handled it before.
 */
public record CaseView(TrackedComplaint complaint, boolean misconduct, long version, List<TimelineItem> timeline,
                       boolean mayAct, boolean identityHidden) {

    public record TimelineItem(String kind, String body, String authorName, String agencyCode,
                               ComplaintStatus fromStatus, ComplaintStatus toStatus, Instant at) {

        public boolean internal() {
            return "NOTE".equals(kind);
        }
    }
}
