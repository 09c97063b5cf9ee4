package id.sp4n.portal.support;

import id.sp4n.portal.identity.Role;
import id.sp4n.portal.identity.StaffEnrolment;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Staff accounts for tests: created once per test database (an address already enrolled is reused) and returned as
 * the signed-in principal that MockMvc's {@code user(…)} takes. Named "Admin &lt;agency&gt;" unless a test needs
 * its own name (the authorization matrix finds its audit entries by name).
 */
public class StaffMother {

    public static final String PASSWORD = "kata-sandi-uji-2026";

    private final StaffEnrolment enrolment;
    private final UserDetailsService accounts;

    public StaffMother(StaffEnrolment enrolment, UserDetailsService accounts) {
        this.enrolment = enrolment;
        this.accounts = accounts;
    }

    public UserDetails staff(String email, Role role, String agency) {
        return staff(email, role, agency, "Admin " + agency);
    }

    public UserDetails staff(String email, Role role, String agency, String displayName) {
        enrolment.enrolIfAbsent(email, PASSWORD, displayName, role, agency);
        return accounts.loadUserByUsername(email);
    }
}
