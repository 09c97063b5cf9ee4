package id.sp4n.portal.complaint;

import java.time.Instant;

/**
 * Routing moved a complaint from its door to the agency that now holds it (possibly the door itself), where its
 * verification limit starts to run ({@code limit}).
 */
public record ComplaintRouted(String trackingNumber, String doorAgencyCode, String agencyCode, int hops,
                              Instant routedAt, RunningLimit limit) {
}
