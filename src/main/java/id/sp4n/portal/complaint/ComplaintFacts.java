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
}
