package id.sp4n.portal.complaint;

/**
 * The outcome of submitting a form: the complaint's number and the key of its private link. {@code repeated}
 * is true when the same form had been submitted before, and nothing new was stored.
 */
public record Submission(TrackingNumber trackingNumber, String accessKey, boolean repeated) {
}
