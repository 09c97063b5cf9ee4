package id.sp4n.portal.policy;

/** What a body changed because of the complaints (domain.md, "use of complaints to improve policy"). */
public enum ActionKind {
    /** A regulation or decree (peraturan). */
    REGULATION,
    /** A standard operating procedure (SOP). */
    SOP,
    /** Money in the budget (anggaran). */
    BUDGET,
    /** A change in how the service is delivered (perubahan layanan). */
    SERVICE_CHANGE
}
