package id.sp4n.portal.complaint.handling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import id.sp4n.portal.complaint.ComplaintStatus;
import id.sp4n.portal.complaint.HopRecord;
import id.sp4n.portal.complaint.ReportType;
import id.sp4n.portal.complaint.ReporterAction;
import id.sp4n.portal.complaint.TrackingNumber;

/**
 * A complaint as one viewer may see it. In the public view the reporter's name and contact details are always
 * null; the reporter's own view ({@code reporterView}) and the handling staff's (unless anonymous) have them.
 */
public record TrackedComplaint(String trackingNumber, ReportType type, ComplaintStatus status, String categoryCode,
                               String title, String description, LocalDate incidentDate, String provinceCode,
                               String regencyCode, String districtCode, String address, String doorAgencyCode,
                               String requestedAgencyCode, String currentAgencyCode, boolean anonymous,
                               boolean confidential, String reporterName, String reporterEmail, String reporterPhone,
                               Instant submittedAt, List<TrailStep> trail, List<AttachmentInfo> attachments,
                               List<Message> messages, boolean reporterView, Outcome outcome) {

    public TrackingNumber number() {
        return new TrackingNumber(trackingNumber);
    }

    /**
     * Whether the reporter may take the action now (the tracking page offers exactly these:
     * {@code complaint.allows('ACCEPT')}): only on the reporter's own view, in a state that permits it, within its
     * time limit, and a rating only once there is a response.
     */
    public boolean allows(String action) {
        ReporterAction wanted = ReporterAction.valueOf(action);
        if (!reporterView || !wanted.isAllowedIn(status)) {
            return false;
        }
        return switch (wanted) {
            case RATE -> hasResponse();
            case REOPEN, APPEAL -> outcome.reopenUntil() != null;
            case REFER_OMBUDSMAN -> outcome.mayReferToOmbudsman();
            case REPLY, ACCEPT -> true;
        };
    }

    /** One hop of the trail, its reason as a message key with arguments (see {@link HopRecord}). */
    public record TrailStep(int seq, String fromAgencyCode, String toAgencyCode, Instant at, String rule,
                            String reasonCode, List<String> reasonArgs) {
    }

    /**
     * One message of the conversation. The public sees the agencies' responses, information requests and archive
     * notes; the reporter also sees their own replies and reopen reasons. Internal notes never leave the agencies.
     * {@code agencyCode} is null for the reporter's messages.
     */
    public record Message(String kind, String agencyCode, String text, Instant at) {

        public boolean byReporter() {
            return agencyCode == null;
        }

        /** The limits a {@code DEADLINE_MOVED} message moved. */
        public List<DeadlineShift> deadlineShifts() {
            return "DEADLINE_MOVED".equals(kind) ? DeadlineShift.parse(text) : List.of();
        }
    }

    /**
     * How the handling ended or may still change: the archive reason (and, for a duplicate, the original the
     * reporter now follows, with its state and public messages), the reporter's rating, the last day to reopen
     * (null when reopening is not possible), how often it was reopened, the day the holding agency must act by
     * (null when nothing is owed by it), how far up it was escalated, whether the reporter may hand it to the
     * Ombudsman now (unresolved after 60 working days) or did, the state an on-hold complaint returns to, and the
     * day a response completes by itself when the reporter says nothing.
     */
    public record Outcome(ArchiveReason archiveReason, String originalNumber, ComplaintStatus originalStatus,
                          List<Message> originalMessages, Integer rating, String ratingComment,
                          LocalDate reopenUntil, int reopenCount, LocalDate responseDueOn,
                          int escalationLevel, boolean mayReferToOmbudsman, Instant ombudsmanReferredAt,
                          ComplaintStatus heldFrom, LocalDate autoCompleteOn) {
    }

    public boolean hasResponse() {
        return messages.stream().anyMatch(m -> "RESPONSE".equals(m.kind()));
    }

    public record AttachmentInfo(long id, String fileName, String mediaType, int sizeBytes) {
    }
}
