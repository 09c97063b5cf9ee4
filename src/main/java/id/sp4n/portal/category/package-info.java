/**
 * Complaint categories: what a complaint is about, and which tier and handler have authority over it by
 * default (Law 23/2014). Reference data loaded by Flyway; depends only on the shared kernel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Categories")
package id.sp4n.portal.category;
