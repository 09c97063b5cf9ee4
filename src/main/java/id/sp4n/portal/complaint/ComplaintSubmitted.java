package id.sp4n.portal.complaint;

import java.time.Instant;

/**
 * A complaint was received at a door. Carries what routing needs to decide where it goes, whether it is kept out of
 * everything public ({@code confidential}), and nothing about the reporter. {@code categoryCode} and
 * {@code requestedAgencyCode} may be null.
 */
public record ComplaintSubmitted(String trackingNumber, ReportType type, String categoryCode, String provinceCode,
                                 String regencyCode, String doorAgencyCode, String requestedAgencyCode,
                                 IntakeChannel channel, boolean confidential, Instant submittedAt) {
}
