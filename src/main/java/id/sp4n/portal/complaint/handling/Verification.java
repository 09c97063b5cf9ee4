package id.sp4n.portal.complaint.handling;

import id.sp4n.portal.complaint.ReportType;

/**
 * What the verifying officer settles on. {@code categoryCode} may be null only while nobody knows the
 * category yet ({@code LAINNYA} is the explicit "not sure"); {@code title} null or blank keeps the title.
 */
public record Verification(ReportType type, String categoryCode, boolean misconduct, boolean anonymous,
                           boolean confidential, String title) {

    /** Whether this would reveal what the reporter or an earlier officer chose to hide. */
    boolean loosensPrivacy(boolean wasAnonymous, boolean wasConfidential) {
        return (wasAnonymous && !anonymous) || (wasConfidential && !confidential);
    }
}
