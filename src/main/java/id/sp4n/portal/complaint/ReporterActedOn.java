package id.sp4n.portal.complaint;

import java.time.Instant;

/**
 * The reporter answered, accepted, rated or reopened a complaint. Published in the same transaction, for the
 * agencies' notifications and statistics; carries no reporter data.
 */
public record ReporterActedOn(String trackingNumber, String action, String agencyCode, ComplaintStatus status,
                              Instant at) {
}
