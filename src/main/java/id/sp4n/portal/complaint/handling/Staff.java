package id.sp4n.portal.complaint.handling;

/**
 * A staff member acting on complaints, as casework needs to know them: who (for the timeline and the audit),
 * which agency, and what the role allows. Built by the web layer from the signed-in user.
 */
public record Staff(long accountId, String name, String agencyCode, Scope scope) {

    public enum Scope {
        /** Works the inbox of their own agency. */
        AGENCY,
        /** Works the inbox of their agency's whole subtree. */
        SUBTREE,
        /** The national desk: everything, everywhere. */
        NATIONAL,
        /** Reads everything, changes nothing. */
        OVERSIGHT
    }

    public boolean mayChange() {
        return scope != Scope.OVERSIGHT;
    }
}
