package id.sp4n.portal.identity;

/**
 * A staff account was created without a password, or its holder needs a new one: mail them the link that lets
 * them choose it. Carries the token for the mail listener only; completed event publications are deleted.
 */
public record StaffInvited(long accountId, String email, String name, Role role, String agencyCode, String token) {
}
