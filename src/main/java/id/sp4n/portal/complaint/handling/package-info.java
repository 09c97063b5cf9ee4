/**
 * Inside the complaint module: the {@code Complaint} aggregate with its entries and hops, its repository, and the
 * use cases that load and change it (intake, casework, tracking, the reporter's answers, handovers, the deadline
 * clocks). Entities and the repository are package-private; the public types here serve only {@code complaint.web}
 * and the module's own API, and Spring Modulith refuses them to every other module.
 */
package id.sp4n.portal.complaint.handling;
