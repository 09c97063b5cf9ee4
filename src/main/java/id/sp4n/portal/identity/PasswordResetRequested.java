package id.sp4n.portal.identity;

/**
 * Someone asked for a password reset link for an existing, enabled account: mail it to the account's address, in
 * the account's language. Carries the token for the mail listener only; completed event publications are deleted.
 */
public record PasswordResetRequested(long accountId, String email, String name, String locale, String token) {
}
