package id.sp4n.portal.identity;

/** The roles of domain.md ("Actors"). Every role but CITIZEN is staff of one agency. */
public enum Role {
    /** Files, tracks, replies to and rates complaints; an account is optional. */
    CITIZEN,
    /** Pejabat penghubung: works the inbox of one agency. */
    OFFICER,
    /** Admin instansi: everything an officer may, in the agency's whole subtree, plus its staff and rules. */
    AGENCY_ADMIN,
    /** KemenPAN-RB: everything, everywhere; the last-resort triage desk. */
    NATIONAL_ADMIN,
    /** Ombudsman, KSP, Kemendagri: read-only everywhere. */
    OVERSIGHT,
    /**
     * A connected regional system (issue 16): acts on its agency's complaints through an API key, never signs in, and
     * is no one's colleague (never listed as staff, never assigned a complaint).
     */
    SYSTEM;

    public boolean isStaff() {
        return this != CITIZEN;
    }

    /** The Spring Security authority, e.g. {@code ROLE_OFFICER}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
