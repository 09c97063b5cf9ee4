/**
 * Complaint categories: what a complaint is about, and which tier and handler have authority over it by default
 * (Law 23/2014). Reference data loaded by Flyway; its administration page checks handlers against the agency tree,
 * acts for a signed-in national admin and is audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Categories",
        allowedDependencies = {"agency", "audit", "identity", "shared"})
package id.sp4n.portal.category;
