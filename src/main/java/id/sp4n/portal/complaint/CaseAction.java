package id.sp4n.portal.complaint;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a staff member does to a complaint, as {@link ComplaintActedOn} and the audit log name it, and in which
 * states each is possible. The aggregate refuses an action in any other state (tested against this), and the
 * case page offers exactly the actions allowed here — the state machine is not repeated in templates.
 */
public enum CaseAction {
    /** Verified, and the holder had authority: SUBMITTED → IN_PROGRESS at the same agency. */
    VERIFY,
    /** Verified, and the classification belongs elsewhere: re-routed there (hops), then in progress. */
    VERIFY_AND_FORWARD,
    /** Asked the reporter a question: the clocks stop (ON_HOLD). */
    HOLD,
    /** "Bukan wewenang": handed to another agency with a reason. */
    FORWARD,
    /** Given to an officer of the holder. */
    ASSIGN,
    /** Given to one of the holder's units (a hop). */
    ASSIGN_UNIT,
    /** A public follow-up: IN_PROGRESS → RESPONDED. */
    RESPOND,
    /** Not processed, with a reason (ARCHIVED). */
    ARCHIVE,
    /** An internal note; nothing else changes. */
    NOTE;

    private static final Set<ComplaintStatus> OWED = EnumSet.of(ComplaintStatus.SUBMITTED, ComplaintStatus.VERIFIED,
            ComplaintStatus.IN_PROGRESS);

    /** The states in which the action is possible. */
    public Set<ComplaintStatus> allowedIn() {
        return switch (this) {
            case VERIFY, VERIFY_AND_FORWARD -> EnumSet.of(ComplaintStatus.SUBMITTED);
            case HOLD, FORWARD -> EnumSet.copyOf(OWED);
            case RESPOND -> EnumSet.of(ComplaintStatus.IN_PROGRESS);
            case ARCHIVE -> EnumSet.of(ComplaintStatus.SUBMITTED, ComplaintStatus.VERIFIED, ComplaintStatus.ON_HOLD,
                    ComplaintStatus.IN_PROGRESS);
            case ASSIGN, ASSIGN_UNIT, NOTE -> EnumSet.complementOf(EnumSet.of(ComplaintStatus.ARCHIVED));
        };
    }

    public boolean isAllowedIn(ComplaintStatus status) {
        return allowedIn().contains(status);
    }

    /** The actions possible in a state. */
    public static Set<CaseAction> allowedFor(ComplaintStatus status) {
        Set<CaseAction> allowed = EnumSet.noneOf(CaseAction.class);
        for (CaseAction action : values()) {
            if (action.isAllowedIn(status)) {
                allowed.add(action);
            }
        }
        return allowed;
    }
}
