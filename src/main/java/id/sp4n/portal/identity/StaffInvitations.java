package id.sp4n.portal.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import id.sp4n.portal.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invited officer's side of an invitation: the mailed link opens a form where they choose their own password
 * (the same policy as everywhere). The link works once, for {@link #VALIDITY}; the administrator can send a new one.
 */
@Service
public class StaffInvitations {

    static final Duration VALIDITY = Duration.ofDays(7);

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AuditLog audit;
    private final Clock clock;

    StaffInvitations(JdbcClient jdbc, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, AuditLog audit,
                     Clock clock) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.audit = audit;
        this.clock = clock;
    }

    /** Who was invited, as the form greets them. */
    public record Invitation(long accountId, String email, String name) {
    }

    /** The open invitation behind a mailed token; empty when the token is unknown, used or expired. */
    @Transactional(readOnly = true)
    public Optional<Invitation> find(String token) {
        if (token == null || token.isBlank() || token.length() > MailedToken.MAX_LENGTH) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select a.id, a.email, a.display_name from staff_invitation i join account a on a.id = i.account_id
                         where i.token_hash = :hash and i.expires_at > :now and a.enabled""")
                .param("hash", MailedToken.hash(token)).param("now", Timestamp.from(clock.instant()))
                .query((rs, row) -> new Invitation(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
    }

    /**
     * Sets the invited person's password and closes the invitation (found by {@link #find}). Returns the message key
     * of what is wrong with the password, if anything; nothing changes then.
     */
    @Transactional
    public Optional<String> accept(Invitation invitation, String password) {
        Optional<String> weak = passwordPolicy.problem(password, invitation.email());
        if (weak.isPresent()) {
            return weak;
        }
        jdbc.sql("""
                        update account set password_hash = :hash, email_verified = true, version = version + 1
                         where id = :id""")
                .param("hash", passwordEncoder.encode(password)).param("id", invitation.accountId()).update();
        jdbc.sql("delete from staff_invitation where account_id = :id").param("id", invitation.accountId()).update();
        audit.record(new AuditLog.Actor(invitation.accountId(), invitation.name()), "STAFF_PASSWORD_CHOSEN", "account",
                invitation.email(), null, Map.of("invitationUsed", true));
        return Optional.empty();
    }
}
