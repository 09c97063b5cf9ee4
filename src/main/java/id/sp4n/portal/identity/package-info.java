/**
 * Accounts, roles and sign-in. Staff accounts belong to one agency (by code); citizens to none.
 * Depends on the agency module only to check that a staff member's agency exists.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package id.sp4n.portal.identity;
