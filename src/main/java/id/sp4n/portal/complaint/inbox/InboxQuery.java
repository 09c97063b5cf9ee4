package id.sp4n.portal.complaint.inbox;

import id.sp4n.portal.complaint.ComplaintStatus;
import id.sp4n.portal.complaint.ReportType;

/**
 * Filters of a staff inbox; every field may be null (no filter). {@code agencyCode} narrows a subtree or the
 * national view to one agency; {@code text} is an Indonesian full-text search over title and description;
 * {@code overdue} keeps only complaints whose holder has passed its current limit; {@code assignedToMe} only those
 * assigned to the staff member; {@code queue} chooses the list (see {@link Queue}).
 */
public record InboxQuery(ComplaintStatus status, ReportType type, String categoryCode, String provinceCode,
                         String agencyCode, String text, boolean overdue, boolean assignedToMe, Queue queue,
                         Sort sort, int page) {

    public static final int PAGE_SIZE = 20;

    public enum Queue {
        /** Complaints the staff member's agency (or subtree, or the country) holds. */
        INBOX,
        /** Eskalasi: complaints escalated to the staff member's agency (any agency, for the national desk and
         * oversight), wherever they are held. */
        ESCALATED,
        /** Complaints their reporters handed to the Ombudsman (for oversight accounts and the national desk). */
        OMBUDSMAN
    }

    /** Received newest or oldest first, or the nearest time limit first (those without a running limit last). */
    public enum Sort {
        NEWEST, OLDEST, DUE_FIRST
    }

    public InboxQuery {
        sort = sort == null ? Sort.NEWEST : sort;
        queue = queue == null ? Queue.INBOX : queue;
        page = Math.max(page, 0);
        text = text == null || text.isBlank() ? null : text.strip();
    }
}
