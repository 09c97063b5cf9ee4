package id.sp4n.portal.complaint;

import java.time.LocalDate;
import java.util.List;

import id.sp4n.portal.complaint.handling.Reporter;

/**
 * A report that passed the {@link IntakeRules}, ready to be stored: the door and channel it came in by, the
 * reporter, and the attachments already checked and cleaned.
 */
public record NewComplaint(ReportType type, String title, String description, LocalDate incidentDate,
                           String provinceCode, String regencyCode, String districtCode, String address,
                           String categoryCode, String destinationAgencyCode, String doorAgencyCode,
                           boolean anonymous, boolean confidential, Reporter reporter,
                           List<CleanAttachment> attachments, IntakeChannel channel, String label) {

    public NewComplaint {
        attachments = List.copyOf(attachments);
    }
}
