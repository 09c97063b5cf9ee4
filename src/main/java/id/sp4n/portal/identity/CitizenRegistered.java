package id.sp4n.portal.identity;

/**
 * A citizen registered and must confirm their e-mail address. Carries the verification token for the mail
 * listener only; completed event publications are deleted, so it does not stay in the event log.
 */
public record CitizenRegistered(long accountId, String email, String name, String verificationToken, String locale) {
}
