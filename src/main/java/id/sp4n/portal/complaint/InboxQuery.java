package id.sp4n.portal.complaint;

/**
 * Filters of a staff inbox; every field may be null (no filter). {@code agencyCode} narrows a subtree or the
 * national view to one agency; {@code text} is an Indonesian full-text search over title and description;
 * {@code overdue} keeps only complaints whose holder has passed its current limit; {@code escalated} shows the
 * "Eskalasi" queue instead: complaints escalated to the staff member's agency (to any agency, for the national
 * desk and oversight), wherever they are held.
 */
public record InboxQuery(ComplaintStatus status, ReportType type, String categoryCode, String provinceCode,
                         String agencyCode, String text, boolean overdue, boolean escalated, Sort sort, int page) {

    public static final int PAGE_SIZE = 20;

    public enum Sort {
        NEWEST, OLDEST
    }

    public InboxQuery {
        sort = sort == null ? Sort.NEWEST : sort;
        page = Math.max(page, 0);
        text = text == null || text.isBlank() ? null : text.strip();
    }
}
