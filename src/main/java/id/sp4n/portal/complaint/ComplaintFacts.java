package id.sp4n.portal.complaint;

import java.time.Instant;

/**
 * What consumers of complaint events (statistics, notifications, webhooks) need about the complaint after a
 * change, so that they never query the complaint module back: its classification, place, door and channel, holder
 * and state,
 * and the working days since it was filed in the holder's calendar. Nothing about the reporter. Times are UTC.
 * {@code confidential}: kept out of everything public (it can change at verification); {@code archiveReason}: why it
 * was archived ({@code NOT_PUBLIC_SERVICE}, {@code DUPLICATE}, {@code INSUFFICIENT_INFORMATION}, {@code SPAM_ABUSE}),
 * null unless archived. {@code limit}: the time limit running now, if any; {@code assigneeAccountId}: the officer it is
 * assigned to, if any (an id, for the staff's load figures; never shown to the public).
 */
public record ComplaintFacts(String trackingNumber, ReportType type, String categoryCode, String provinceCode,
                             String regencyCode, String doorAgencyCode, IntakeChannel channel, String agencyCode,
                             ComplaintStatus status,
                             boolean misconduct, boolean confidential, String archiveReason, Instant submittedAt,
                             int workingDaysSinceSubmission, int escalationLevel, int reopenCount,
                             RunningLimit limit, Long assigneeAccountId) {
}
