package id.sp4n.portal.identity;

import id.sp4n.portal.agency.AgencyDirectory;
import id.sp4n.portal.shared.InvalidRequestException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates staff accounts: a staff member always belongs to an existing agency. */
@Service
public class StaffEnrolment {

    private final AccountRepository accounts;
    private final AgencyDirectory agencies;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;

    StaffEnrolment(AccountRepository accounts, AgencyDirectory agencies, PasswordEncoder passwordEncoder,
                   PasswordPolicy passwordPolicy) {
        this.accounts = accounts;
        this.agencies = agencies;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
    }

    /** Creates the account, or leaves an existing one with that e-mail address untouched (returns false). */
    @Transactional
    public boolean enrolIfAbsent(String email, String password, String displayName, Role role, String agencyCode) {
        if (accounts.findByEmail(email).isPresent()) {
            return false;
        }
        if (!role.isStaff()) {
            throw new InvalidRequestException("account.error.notStaff", role);
        }
        passwordPolicy.problem(password, email).ifPresent(problem -> {
            throw new InvalidRequestException(problem, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        });
        agencies.get(agencyCode);
        accounts.save(Account.staff(email, passwordEncoder.encode(password), displayName, role, agencyCode));
        return true;
    }

    @Transactional(readOnly = true)
    public boolean hasNationalAdmin() {
        return accounts.existsByRole(Role.NATIONAL_ADMIN);
    }
}
