package id.sp4n.portal.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lets Spring Security's form login find accounts by e-mail address (case-insensitive). */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        Account account = accounts.findByEmail(email.trim())
                .orElseThrow(() -> new UsernameNotFoundException("No account for this e-mail address"));
        return new PortalUser(account.id(), account.email(), account.passwordHash(), account.displayName(),
                account.role(), account.agencyCode(), account.maySignIn());
    }
}
