package id.sp4n.portal.complaint;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the reporter does on their complaint, as {@link ReporterActedOn} and the audit log name it, and in which
 * states each is possible (the aggregate refuses it in any other; the tracking page asks
 * {@code TrackedComplaint.allows}, which adds the time limits: reopening within 10 working days, the Ombudsman
 * after 60).
 */
public enum ReporterAction {
    /** Answered a question or added information (a held complaint returns to where it was). */
    REPLY,
    /** Accepted the response: COMPLETED, confirmed by the citizen. */
    ACCEPT,
    /** Rated the handling (1–5 stars). */
    RATE,
    /** Refused the response within the limit: back to the holder. */
    REOPEN,
    /** The second refusal: an appeal to the parent agency (a hop). */
    APPEAL,
    /** Handed the unresolved complaint to the Ombudsman after 60 working days. */
    REFER_OMBUDSMAN;

    /** The states in which the action is possible (time limits aside). */
    public Set<ComplaintStatus> allowedIn() {
        return switch (this) {
            case REPLY -> EnumSet.complementOf(EnumSet.of(ComplaintStatus.COMPLETED, ComplaintStatus.ARCHIVED));
            case ACCEPT -> EnumSet.of(ComplaintStatus.RESPONDED);
            // A rating needs a response; it may come after the complaint was completed or reopened.
            case RATE -> EnumSet.complementOf(EnumSet.of(ComplaintStatus.ARCHIVED));
            case REOPEN, APPEAL -> EnumSet.of(ComplaintStatus.RESPONDED, ComplaintStatus.COMPLETED);
            case REFER_OMBUDSMAN -> EnumSet.complementOf(EnumSet.of(ComplaintStatus.COMPLETED, ComplaintStatus.ARCHIVED));
        };
    }

    public boolean isAllowedIn(ComplaintStatus status) {
        return allowedIn().contains(status);
    }
}
