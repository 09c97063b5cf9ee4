/**
 * Complaints: the aggregate with its states and hop trail, intake at any door, attachments, tracking, the public
 * list, the officers' inbox and actions, the reporter's answers, and the clocks. Publishes
 * {@link id.sp4n.portal.complaint.ComplaintSubmitted}; routing listens to it and moves the complaint through
 * {@link id.sp4n.portal.complaint.ComplaintRouting}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Complaints",
        allowedDependencies = {"agency", "audit", "category", "identity", "region", "shared", "sla"})
package id.sp4n.portal.complaint;
