package id.sp4n.portal.complaint;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a complaint (domain.md, "Complaint lifecycle"). Each state names the states it may move to;
 * the aggregate refuses every other move.
 */
public enum ComplaintStatus {
    /** Belum diverifikasi: received, waiting for verification by the agency holding it. */
    SUBMITTED,
    /** Terverifikasi: accepted as a public-service matter; classification and flags set. */
    VERIFIED,
    /** Ditunda: waiting for the citizen to add information; the clocks are paused. */
    ON_HOLD,
    /** Ditindaklanjuti: the authorised agency is working on it. */
    IN_PROGRESS,
    /** Ditanggapi: a follow-up was posted; the citizen may reply, rate or reopen. */
    RESPONDED,
    /** Selesai: the citizen accepted, or did not reply within 10 working days of a response. */
    COMPLETED,
    /** Diarsipkan: not processed, with a reason (not a public-service matter, duplicate, no information, abuse). */
    ARCHIVED;

    public Set<ComplaintStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(VERIFIED, IN_PROGRESS, ON_HOLD, ARCHIVED);
            // Back to SUBMITTED only by a forward: the new holder verifies afresh.
            case VERIFIED -> EnumSet.of(SUBMITTED, IN_PROGRESS, ON_HOLD, ARCHIVED);
            // The reporter's answer returns it to the queue it was held in.
            case ON_HOLD -> EnumSet.of(SUBMITTED, VERIFIED, IN_PROGRESS, ARCHIVED);
            case IN_PROGRESS -> EnumSet.of(SUBMITTED, RESPONDED, ON_HOLD, ARCHIVED);
            case RESPONDED -> EnumSet.of(COMPLETED, IN_PROGRESS);
            case COMPLETED -> EnumSet.of(IN_PROGRESS);
            case ARCHIVED -> EnumSet.noneOf(ComplaintStatus.class);
        };
    }

    public boolean canMoveTo(ComplaintStatus target) {
        return next().contains(target);
    }
}
