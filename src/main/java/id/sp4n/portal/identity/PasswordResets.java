package id.sp4n.portal.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import id.sp4n.portal.audit.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password reset by mail: a one-time link, valid for {@link #VALID_FOR}, that lets the holder of the account's
 * mailbox choose a new password. The request says nothing about whether the address has an account (the page
 * answers the same either way and the mail goes out from the event log), and one address gets at most one mail per
 * {@link #RESEND_AFTER}, so the form cannot be used to flood someone's mailbox. A reset ends every session of the
 * account and closes every other link.
 */
@Service
@Transactional
public class PasswordResets {

    static final Duration VALID_FOR = Duration.ofHours(1);
    static final Duration RESEND_AFTER = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final SignedInSessions sessions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PasswordResets(JdbcClient jdbc, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
                   SignedInSessions sessions, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.sessions = sessions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The account behind an open link, as the form greets it. */
    public record Reset(long accountId, String email, String name) {
    }

    /** Sends a link if the address belongs to an enabled account and none was sent in the last minutes. */
    public void request(String email) {
        if (email == null || email.isBlank() || email.length() > 254) {
            return;
        }
        Instant now = clock.instant();
        jdbc.sql("""
                        select id, email, display_name, preferred_locale from account
                         where lower(email) = lower(:email) and enabled""")
                .param("email", email.strip())
                .query((rs, row) -> new PasswordResetRequested(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), null))
                .optional()
                .filter(account -> !sentRecently(account.accountId(), now))
                .ifPresent(account -> {
                    String token = MailedToken.generate();
                    jdbc.sql("delete from password_reset where account_id = :id").param("id", account.accountId())
                            .update();
                    jdbc.sql("""
                                    insert into password_reset (token_hash, account_id, created_at, expires_at)
                                    values (:hash, :id, :now, :expires)""")
                            .param("hash", MailedToken.hash(token)).param("id", account.accountId())
                            .param("now", Timestamp.from(now)).param("expires", Timestamp.from(now.plus(VALID_FOR)))
                            .update();
                    events.publishEvent(new PasswordResetRequested(account.accountId(), account.email(),
                            account.name(), account.locale(), token));
                });
    }

    private boolean sentRecently(long accountId, Instant now) {
        return jdbc.sql("select count(*) > 0 from password_reset where account_id = :id and created_at > :since")
                .param("id", accountId).param("since", Timestamp.from(now.minus(RESEND_AFTER)))
                .query(Boolean.class).single();
    }

    /** The open link behind a token; empty when it is unknown, used or expired. */
    @Transactional(readOnly = true)
    public Optional<Reset> find(String token) {
        if (token == null || token.isBlank() || token.length() > MailedToken.MAX_LENGTH) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select a.id, a.email, a.display_name from password_reset r join account a on a.id = r.account_id
                         where r.token_hash = :hash and r.expires_at > :now and a.enabled""")
                .param("hash", MailedToken.hash(token)).param("now", Timestamp.from(clock.instant()))
                .query((rs, row) -> new Reset(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
    }

    /**
     * Sets the new password, closes the link and ends every session of the account. Returns the message key of
     * what is wrong with the password, if anything; nothing changes then.
     */
    public Optional<String> reset(Reset reset, String password) {
        Optional<String> weak = passwordPolicy.problem(password, reset.email());
        if (weak.isPresent()) {
            return weak;
        }
        jdbc.sql("update account set password_hash = :hash, email_verified = true, version = version + 1 where id = :id")
                .param("hash", passwordEncoder.encode(password)).param("id", reset.accountId()).update();
        jdbc.sql("delete from password_reset where account_id = :id").param("id", reset.accountId()).update();
        int ended = sessions.endAllOf(reset.email());
        audit.record(new AuditLog.Actor(reset.accountId(), reset.name()), "PASSWORD_RESET", "account", reset.email(),
                null, Map.of("sessionsEnded", ended));
        return Optional.empty();
    }
}
