package id.sp4n.portal.complaint.handling;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who filed a complaint: a signed-in citizen (account id) or a guest (name and at least one way to reach
 * them). Whether the identity may be shown is decided by the complaint's privacy flags, never here.
 */
@Embeddable
public record Reporter(
        @Column(name = "reporter_account_id") Long accountId,
        @Column(name = "reporter_name") String name,
        @Column(name = "reporter_email") String email,
        @Column(name = "reporter_phone") String phone,
        @Column(name = "reporter_locale") String locale) {

    public static Reporter account(long accountId, String name, String email, String locale) {
        return new Reporter(accountId, name, email, null, locale);
    }

    public static Reporter guest(String name, String email, String phone, String locale) {
        return new Reporter(null, name, email, phone, locale);
    }

    public boolean isGuest() {
        return accountId == null;
    }
}
