package id.sp4n.portal.complaint;

import java.time.Instant;

/**
 * Staff acted on a complaint (verified, forwarded, responded, …). Published in the action's transaction, for
 * notifications and statistics; carries no reporter data.
 */
public record ComplaintActedOn(String trackingNumber, String action, String agencyCode, ComplaintStatus status,
                               long actorAccountId, Instant at) {
}
