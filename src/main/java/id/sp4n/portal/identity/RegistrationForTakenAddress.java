package id.sp4n.portal.identity;

/**
 * Someone registered with an address that already has an account. The form answers exactly as for a new address (so
 * it cannot be used to learn who has an account, staff included); the owner is mailed instead, in the language of
 * the form.
 */
public record RegistrationForTakenAddress(String email, String name, String locale) {
}
