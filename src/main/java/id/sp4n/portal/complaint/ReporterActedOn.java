package id.sp4n.portal.complaint;

import java.time.Instant;

/**
 * The reporter answered, accepted, rated, reopened, appealed or went to the Ombudsman. Published in the same
 * transaction, for the agencies' notifications, statistics and connected systems; {@code stars} is the rating for
 * {@link ReporterAction#RATE} (else null). Carries nothing about the reporter.
 */
public record ReporterActedOn(ReporterAction action, ComplaintFacts complaint, String agencyBefore,
                              ComplaintStatus statusBefore, Integer stars, Instant at) {

    public String trackingNumber() {
        return complaint.trackingNumber();
    }

    /** The agency holding the complaint after the reporter's action (the parent agency after an appeal). */
    public String agencyCode() {
        return complaint.agencyCode();
    }
}
