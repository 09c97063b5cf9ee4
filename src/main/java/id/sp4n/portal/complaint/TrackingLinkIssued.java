package id.sp4n.portal.complaint;

/**
 * A guest reporter must receive their private tracking link by e-mail. Kept apart from
 * {@link ComplaintSubmitted} so that only the mail listener ever sees the secret key; completed publications
 * are deleted, so the key does not stay in the event log.
 */
public record TrackingLinkIssued(String trackingNumber, String email, String name, String accessKey,
                                 String locale) {
}
