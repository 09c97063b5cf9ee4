/**
 * Inside the complaint module: the officers' queues as one read-only SQL query built from small conditions, kept
 * apart from the aggregate because it never loads or changes a complaint.
 */
package id.sp4n.portal.complaint.inbox;
