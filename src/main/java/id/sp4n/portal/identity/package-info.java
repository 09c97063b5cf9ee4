/**
 * Accounts, roles and sign-in. Staff accounts belong to one agency (by code); citizens to none. Uses the agency
 * tree to check a staff member's agency and who may administer whom; audits staff administration.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity",
        allowedDependencies = {"agency", "audit", "shared"})
package id.sp4n.portal.identity;
