package id.sp4n.portal.complaint;

import java.time.Instant;

/**
 * What consumers of complaint events (statistics, notifications, webhooks) need about the complaint after a
 * change, so that they never query the complaint module back: its classification, place, door and channel, holder
 * and state,
 * and the working days since it was filed in the holder's calendar. Nothing about the reporter. Times are UTC.
 */
public record ComplaintFacts(String trackingNumber, ReportType type, String categoryCode, String provinceCode,
                             String regencyCode, String doorAgencyCode, IntakeChannel channel, String agencyCode,
                             ComplaintStatus status,
                             boolean misconduct, Instant submittedAt, int workingDaysSinceSubmission,
                             int escalationLevel, int reopenCount) {

    static ComplaintFacts of(Complaint complaint, Deadlines deadlines, Instant now) {
        String holder = complaint.currentAgencyCode();
        int workingDays = holder == null ? 0 : deadlines.workingDaysBetween(holder, complaint.submittedAt(), now);
        return new ComplaintFacts(complaint.trackingNumber(), complaint.type(), complaint.categoryCode(),
                complaint.provinceCode(), complaint.regencyCode(), complaint.doorAgencyCode(), complaint.channel(), holder,
                complaint.status(), complaint.misconduct(), complaint.submittedAt(), workingDays,
                complaint.escalationLevel(), complaint.reopenCount());
    }
}
