package id.sp4n.portal.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Citizen accounts: registration with e-mail verification. An account can sign in only after its address is
 * confirmed through the link mailed at registration (valid for 3 days; registering again sends a new one).
 */
@Service
public class CitizenAccounts {

    static final Duration VERIFICATION_VALIDITY = Duration.ofDays(3);

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CitizenAccounts(AccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
                    JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The outcome of a registration: accepted (a confirmation link or, for a taken address, a notice went to the
     * address — the caller cannot tell which), or the field and message key of why not.
     */
    public record Registration(boolean succeeded, String problemField, String problemCode) {

        static Registration accepted() {
            return new Registration(true, null, null);
        }
    }

    @Transactional
    public Registration register(String email, String password, String displayName, Locale locale) {
        String normalized = email.trim().toLowerCase(Locale.ROOT);
        Optional<String> weak = passwordPolicy.problem(password, normalized);
        if (weak.isPresent()) {
            return new Registration(false, "password", weak.get());
        }
        String language = "en".equals(locale.getLanguage()) ? "en" : "id";
        // Hashed before the lookup, so a taken address costs the same time as a new one.
        String passwordHash = passwordEncoder.encode(password);
        Optional<Account> existing = accounts.findByEmail(normalized);
        if (existing.isPresent() && existing.get().emailVerified()) {
            events.publishEvent(new RegistrationForTakenAddress(normalized, existing.get().displayName(), language));
            return Registration.accepted();
        }
        Account account = existing.orElseGet(() -> accounts.save(
                Account.citizen(normalized, passwordHash, displayName.trim())));
        if (existing.isPresent()) {
            // Unconfirmed address registered again: the newest password and name count, a new link is sent.
            account.changeUnverified(passwordHash, displayName.trim());
        }
        String token = MailedToken.generate();
        jdbc.sql("delete from email_verification where account_id = :id").param("id", account.id()).update();
        jdbc.sql("insert into email_verification (token_hash, account_id, expires_at) values (:hash, :id, :expires)")
                .param("hash", MailedToken.hash(token)).param("id", account.id())
                .param("expires", java.sql.Timestamp.from(clock.instant().plus(VERIFICATION_VALIDITY))).update();
        events.publishEvent(new CitizenRegistered(account.id(), normalized, account.displayName(), token, language));
        return Registration.accepted();
    }

    /** Confirms the address behind a mailed token; false when the token is unknown or expired. */
    @Transactional
    public boolean verify(String token) {
        if (token == null || token.isBlank() || token.length() > MailedToken.MAX_LENGTH) {
            return false;
        }
        Optional<Long> accountId = jdbc.sql("""
                        delete from email_verification where token_hash = :hash and expires_at > :now
                        returning account_id""")
                .param("hash", MailedToken.hash(token)).param("now", java.sql.Timestamp.from(clock.instant()))
                .query(Long.class).optional();
        accountId.flatMap(accounts::findById).ifPresent(Account::markEmailVerified);
        return accountId.isPresent();
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
