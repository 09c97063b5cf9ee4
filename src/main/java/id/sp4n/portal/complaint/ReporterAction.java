package id.sp4n.portal.complaint;

/** What the reporter did on their complaint, as {@link ReporterActedOn} and the audit log name it. */
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
    REFER_OMBUDSMAN
}
