package id.sp4n.portal.complaint.handling;

/**
 * Who wrote a timeline entry. A reporter is never named here: the entry would show an anonymous reporter's
 * identity to the agencies.
 */
record Author(Long accountId, String name, String agencyCode) {

    /** Stored as written; pages show it through the message {@code case.entry.reporter}. */
    static final Author REPORTER = new Author(null, "PELAPOR", null);

    /** The portal itself (deadline sweep), writing on behalf of the agency holding the complaint. */
    static Author system(String holderCode) {
        return new Author(null, "SISTEM", holderCode);
    }

    static Author of(Staff staff) {
        return new Author(staff.accountId(), staff.name(), staff.agencyCode());
    }
}
