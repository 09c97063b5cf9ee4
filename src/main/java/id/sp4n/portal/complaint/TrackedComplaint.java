package id.sp4n.portal.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A complaint as one viewer may see it. In the public view the reporter's contact details are always null
 * and the name is null for anonymous complaints; only the reporter's own view ({@code reporterView}) has them.
 */
public record TrackedComplaint(String trackingNumber, ReportType type, ComplaintStatus status, String categoryCode,
                               String title, String description, LocalDate incidentDate, String provinceCode,
                               String regencyCode, String districtCode, String address, String doorAgencyCode,
                               String requestedAgencyCode, String currentAgencyCode, boolean anonymous,
                               boolean confidential, String reporterName, String reporterEmail, String reporterPhone,
                               Instant submittedAt, List<TrailStep> trail, List<AttachmentInfo> attachments,
                               List<Response> responses, boolean reporterView) {

    public TrackingNumber number() {
        return new TrackingNumber(trackingNumber);
    }

    /** One hop of the trail, its reason as a message key with arguments (see {@link HopRecord}). */
    public record TrailStep(int seq, String fromAgencyCode, String toAgencyCode, Instant at, String rule,
                            String reasonCode, List<String> reasonArgs) {
    }

    /** A public follow-up by the agency: shown to everyone who may see the complaint. */
    public record Response(String agencyCode, String text, Instant at) {
    }

    public record AttachmentInfo(long id, String fileName, String mediaType, int sizeBytes) {
    }
}
