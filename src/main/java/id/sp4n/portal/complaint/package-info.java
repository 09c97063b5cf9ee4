/**
 * Complaints: the aggregate with its states and hop trail, intake at any door, attachments, tracking, the public
 * list, the officers' inbox and actions, the reporter's answers, and the clocks. Publishes
 * {@link id.sp4n.portal.complaint.ComplaintSubmitted}; routing listens to it and moves the complaint through
 * {@link id.sp4n.portal.complaint.ComplaintRouting}.
 * <p>
 * This package is the module's API for other modules: the events and their vocabulary, the intake contract every
 * channel uses ({@link id.sp4n.portal.complaint.IntakeRules}), routing's entry point and the reporter's contact
 * for notification. The aggregate and its use cases live in {@code handling}, the officers' queues in {@code inbox},
 * the pages in {@code web}; no other module may use them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Complaints",
        allowedDependencies = {"agency", "audit", "category", "identity", "region", "shared", "sla"})
package id.sp4n.portal.complaint;
