/**
 * Complaints: the aggregate with its states and hop trail, citizen intake at any door, attachments,
 * tracking, and the public list. Publishes {@link id.sp4n.portal.complaint.ComplaintSubmitted}; routing listens
 * to it and moves the complaint through {@link id.sp4n.portal.complaint.ComplaintRouting}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Complaints")
package id.sp4n.portal.complaint;
