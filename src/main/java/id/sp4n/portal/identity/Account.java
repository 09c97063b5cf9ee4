package id.sp4n.portal.identity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person who can sign in. The password is only ever held as a bcrypt hash. */
@Entity
@Table(name = "account")
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "display_name")
    private String displayName;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "agency_code")
    private String agencyCode;

    private boolean enabled = true;

    @Column(name = "email_verified")
    private boolean emailVerified;

    @Column(name = "preferred_locale")
    private String preferredLocale = "id";

    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    protected Account() {
    }

    private Account(String email, String passwordHash, String displayName, Role role, String agencyCode) {
        this.email = email.trim().toLowerCase(java.util.Locale.ROOT);
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.agencyCode = agencyCode;
    }

    static Account staff(String email, String passwordHash, String displayName, Role role, String agencyCode) {
        if (!role.isStaff() || agencyCode == null) {
            throw new IllegalArgumentException("Staff accounts need a staff role and an agency");
        }
        Account account = new Account(email, passwordHash, displayName, role, agencyCode);
        account.emailVerified = true;
        return account;
    }

    static Account citizen(String email, String passwordHash, String displayName) {
        return new Account(email, passwordHash, displayName, Role.CITIZEN, null);
    }

    Long id() {
        return id;
    }

    String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    String displayName() {
        return displayName;
    }

    Role role() {
        return role;
    }

    String agencyCode() {
        return agencyCode;
    }

    boolean enabled() {
        return enabled;
    }

    String preferredLocale() {
        return preferredLocale;
    }

    boolean emailVerified() {
        return emailVerified;
    }

    /**
     * Citizens may sign in once their e-mail address is confirmed; staff accounts are created confirmed; a connected
     * system's account never signs in (it authenticates with its API key).
     */
    boolean maySignIn() {
        return enabled && role != Role.SYSTEM && (role != Role.CITIZEN || emailVerified);
    }

    void markEmailVerified() {
        this.emailVerified = true;
    }

    void changeUnverified(String passwordHash, String displayName) {
        if (emailVerified) {
            throw new IllegalStateException("A confirmed account is changed through its own settings");
        }
        this.passwordHash = passwordHash;
        this.displayName = displayName;
    }
}
