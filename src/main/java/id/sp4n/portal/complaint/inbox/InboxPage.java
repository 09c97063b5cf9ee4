package id.sp4n.portal.complaint.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import id.sp4n.portal.complaint.ComplaintStatus;
import id.sp4n.portal.complaint.ReportType;

/** One page of a staff inbox, with the number of complaints per state under the same filters. */
public record InboxPage(List<Item> items, long total, int page, Map<ComplaintStatus, Long> countsByStatus) {

    public int pageCount() {
        return (int) ((total + InboxQuery.PAGE_SIZE - 1) / InboxQuery.PAGE_SIZE);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pageCount();
    }

    /** One row: what an officer needs to pick the next complaint to work on. */
    public record Item(String trackingNumber, String title, ReportType type, String categoryCode,
                       String regencyCode, ComplaintStatus status, String currentAgencyCode, Instant receivedAt,
                       LocalDate dueDate, boolean overdue, boolean anonymous, boolean confidential,
                       boolean misconduct, boolean reopened, String assignedName, Integer workingDaysLeft,
                       int escalationLevel, String escalatedToCode) {
    }
}
