package id.sp4n.portal.complaint;

import java.time.Instant;

/**
 * An administrator deactivated the agency holding an unfinished complaint, and it went to the successor (a hop
 * with the administrator's reason). Published in the administrator's transaction, one per complaint.
 */
public record ComplaintHandedOver(ComplaintFacts complaint, String agencyBefore, String reason, Instant at) {
}
