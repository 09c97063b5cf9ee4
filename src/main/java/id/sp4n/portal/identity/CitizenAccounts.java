package id.sp4n.portal.identity;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Citizen accounts. Self-registration with e-mail verification builds on this. */
@Service
public class CitizenAccounts {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    CitizenAccounts(AccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    /** Creates an already-verified citizen account unless the address is taken (returns false then). */
    @Transactional
    public boolean createVerifiedIfAbsent(String email, String password, String displayName) {
        if (accounts.findByEmail(email).isPresent()) {
            return false;
        }
        Account account = Account.citizen(email, passwordEncoder.encode(password), displayName);
        account.markEmailVerified();
        accounts.save(account);
        return true;
    }
}
