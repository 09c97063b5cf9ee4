package id.sp4n.portal.complaint;

/** What a staff member did to a complaint, as {@link ComplaintActedOn} and the audit log name it. */
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
    NOTE
}
