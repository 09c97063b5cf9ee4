package id.sp4n.portal.complaint.handling;

/** A text an agency answers common questions with; officers start a response from it and adapt it. */
public record ReplyTemplate(long id, String agencyCode, String name, String body) {
}
