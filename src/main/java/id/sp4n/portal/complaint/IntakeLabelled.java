package id.sp4n.portal.complaint;

import java.time.Instant;

/**
 * A complaint was filed through a labelled sub-site of the portal (a national priority programme's own door,
 * {@code /lapor?program=stunting}); published with {@link ComplaintSubmitted}, only when the form carried a label.
 */
public record IntakeLabelled(String trackingNumber, String label, Instant submittedAt) {
}
