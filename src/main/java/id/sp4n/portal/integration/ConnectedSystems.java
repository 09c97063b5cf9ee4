package id.sp4n.portal.integration;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.audit.AuditLog;
import id.sp4n.portal.identity.PortalUser;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.identity.SystemAccounts;
import id.sp4n.portal.shared.ActionForbiddenException;
import id.sp4n.portal.shared.FormInput;
import id.sp4n.portal.shared.InvalidRequestException;
import id.sp4n.portal.shared.RecordNotFoundException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Connected systems and their keys, kept by the admins of the agencies they serve: an agency admin for their own
 * subtree, the national admin everywhere. Creating a system issues its first key; rotating issues a new one and gives
 * the old ones a day to retire; revoking stops a key at once; closing a system stops all of them. The secret of a key
 * is shown once, in the answer to the call that issued it. Every change is audited.
 */
@Service
@Transactional
public class ConnectedSystems {

    /** How long a rotated key keeps working, so the regional app can switch to the new one without a gap. */
    static final Duration ROTATION_GRACE = Duration.ofHours(24);
    static final int NAME_MAX = 100;
    static final int CALLS_MAX = 60_000;
    static final int DEFAULT_CALLS_PER_MINUTE = 600;

    /**
     * How long an instance trusts a key it has checked: a busy system's every call would otherwise read its key. A key
     * revoked, rotated or closed stops at once on the instance that did it and within this time on the others.
     */
    static final Duration CHECKED_KEY_KEPT = Duration.ofSeconds(5);

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A key found valid, by its id and the hash of the secret presented (never the secret itself). */
    private record CheckedKey(KeyHolder holder, Instant expiresAt) {
    }

    private final Cache<String, CheckedKey> checkedKeys = Caffeine.newBuilder()
            .expireAfterWrite(CHECKED_KEY_KEPT).maximumSize(10_000).build();

    /** What the admin typed on the new-system form, as text. */
    public record SystemForm(String name, String agencyCode, String access, String callsPerMinute) {
    }

    /** A key just issued: the only moment its full value is known. */
    public record IssuedKey(long systemId, String keyId, String token) {
    }

    public record KeyView(String keyId, Instant createdAt, Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {

        public boolean active(Instant now) {
            return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
        }
    }

    public record SystemView(long id, String name, String agencyCode, Access access, int callsPerMinute,
                             Instant createdAt, String createdBy, Instant closedAt, List<KeyView> keys,
                             long callsLastDay) {
    }

    private final JdbcClient jdbc;
    private final AgencyHierarchy agencies;
    private final SystemAccounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    ConnectedSystems(JdbcClient jdbc, AgencyHierarchy agencies, SystemAccounts accounts, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The systems of the admin's subtree (everywhere for the national admin), the newest first. */
    @Transactional(readOnly = true)
    public List<SystemView> of(PortalUser admin) {
        return systems(admin, null);
    }

    /** One system of the admin's subtree; another's is not found, like an unknown one. */
    @Transactional(readOnly = true)
    public SystemView get(PortalUser admin, long systemId) {
        return systems(admin, systemId).stream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("integration.notFound", systemId));
    }

    private List<SystemView> systems(PortalUser admin, Long onlyId) {
        List<String> codes = admin.role() == Role.NATIONAL_ADMIN ? null : agencies.tree().subtreeCodes(admin.agencyCode());
        Instant now = clock.instant();
        return jdbc.sql("""
                        select s.*, (select count(*) from api_call c where c.system_id = s.id and c.at > :dayAgo) calls
                          from connected_system s
                         where (cast(:all as boolean) or s.agency_code in (:codes))
                           and (cast(:id as bigint) is null or s.id = :id)
                         order by s.closed_at is not null, s.created_at desc, s.id desc""")
                .param("all", codes == null).param("codes", codes == null ? List.of("") : codes)
                .param("id", onlyId)
                .param("dayAgo", Timestamp.from(now.minus(Duration.ofDays(1))))
                .query((rs, row) -> view(rs, keys(rs.getLong("id"))))
                .list();
    }

    /** A call as the admin's page lists it. */
    public record Call(Instant at, String keyId, String method, String path, int status) {
    }

    /** The system's latest calls, the newest first. */
    @Transactional(readOnly = true)
    public List<Call> recentCalls(PortalUser admin, long systemId, int limit) {
        get(admin, systemId);
        return jdbc.sql("""
                        select at, key_id, method, path, status from api_call where system_id = :system
                         order by at desc, id desc limit :limit""")
                .param("system", systemId).param("limit", limit)
                .query((rs, row) -> new Call(instant(rs, 1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5)))
                .list();
    }

    public IssuedKey create(PortalUser admin, SystemForm form) {
        String name = FormInput.requiredText(form.name(), NAME_MAX, "integration.error.name");
        if (name.length() < 3) {
            throw new InvalidRequestException("integration.error.name");
        }
        String agency = form.agencyCode() == null ? "" : form.agencyCode().strip();
        if (!agencies.tree().contains(agency)) {
            throw new InvalidRequestException("integration.error.agency", FormInput.shortened(agency));
        }
        mayManage(admin, agency);
        Access access = FormInput.choice(Access.class, form.access(), "integration.error.access");
        int calls = callsPerMinute(form.callsPerMinute());
        Instant now = clock.instant();
        long accountId = accounts.open(agency, name + " (sistem terhubung)");
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        long id = jdbc.sql("""
                        insert into connected_system (agency_code, name, access, calls_per_minute, account_id,
                                                      intake_secret, created_at, created_by)
                        values (:agency, :name, :access, :calls, :account, :secret, :now, :by) returning id""")
                .param("agency", agency).param("name", name).param("access", access.name()).param("calls", calls)
                .param("account", accountId).param("secret", HexFormat.of().formatHex(secret))
                .param("now", Timestamp.from(now)).param("by", admin.displayName())
                .query(Long.class).single();
        IssuedKey key = issue(id, now);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", name);
        after.put("agency", agency);
        after.put("access", access.name());
        after.put("callsPerMinute", calls);
        after.put("key", key.keyId());
        audit.record(actor(admin), "INTEGRATION_SYSTEM_CREATE", "connected_system", String.valueOf(id), null, after);
        return key;
    }

    /** A new key; the system's other active keys stop working after {@link #ROTATION_GRACE}. */
    public IssuedKey rotate(PortalUser admin, long systemId) {
        SystemView system = open(admin, systemId);
        Instant now = clock.instant();
        Instant retire = now.plus(ROTATION_GRACE);
        jdbc.sql("""
                        update api_key set expires_at = :retire
                         where system_id = :system and revoked_at is null and (expires_at is null or expires_at > :retire)""")
                .param("retire", Timestamp.from(retire)).param("system", systemId).update();
        IssuedKey key = issue(systemId, now);
        forgetCheckedKeys();
        audit.record(actor(admin), "INTEGRATION_KEY_ROTATE", "connected_system", String.valueOf(systemId),
                Map.of("keys", system.keys().stream().filter(k -> k.active(now)).map(KeyView::keyId).toList()),
                Map.of("key", key.keyId(), "othersRetireAt", retire.toString()));
        return key;
    }

    public void revoke(PortalUser admin, long systemId, String keyId) {
        open(admin, systemId);
        int revoked = jdbc.sql("""
                        update api_key set revoked_at = :now
                         where system_id = :system and key_id = :key and revoked_at is null""")
                .param("now", Timestamp.from(clock.instant())).param("system", systemId).param("key", keyId).update();
        if (revoked == 0) {
            throw new RecordNotFoundException("integration.key.notFound", FormInput.shortened(keyId));
        }
        forgetCheckedKeys();
        audit.record(actor(admin), "INTEGRATION_KEY_REVOKE", "connected_system", String.valueOf(systemId),
                Map.of("key", keyId), Map.of("key", keyId, "revoked", true));
    }

    /** Removes the system: every key stops, its account is switched off, its history stays. */
    public void close(PortalUser admin, long systemId) {
        SystemView system = open(admin, systemId);
        Instant now = clock.instant();
        jdbc.sql("update connected_system set closed_at = :now where id = :id")
                .param("now", Timestamp.from(now)).param("id", systemId).update();
        jdbc.sql("update api_key set revoked_at = :now where system_id = :id and revoked_at is null")
                .param("now", Timestamp.from(now)).param("id", systemId).update();
        jdbc.sql("select account_id from connected_system where id = :id").param("id", systemId)
                .query(Long.class).optional().ifPresent(accounts::close);
        forgetCheckedKeys();
        audit.record(actor(admin), "INTEGRATION_SYSTEM_CLOSE", "connected_system", String.valueOf(systemId),
                Map.of("name", system.name()), Map.of("closed", true));
    }

    /** The system holding a presented key, when the key is well-formed, known, active and its system open. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<KeyHolder> authenticate(String presented) {
        Optional<ApiKeySecret> parsed = ApiKeySecret.parse(presented);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        ApiKeySecret key = parsed.get();
        Instant now = clock.instant();
        String checkedAs = key.keyId() + ":" + key.secretHash();
        CheckedKey checked = checkedKeys.getIfPresent(checkedAs);
        if (checked != null && (checked.expiresAt() == null || checked.expiresAt().isAfter(now))) {
            return Optional.of(checked.holder());
        }
        Optional<CheckedKey> found = jdbc.sql("""
                        select k.secret_hash, k.expires_at, s.id, s.name, s.agency_code, s.access, s.account_id,
                               s.calls_per_minute
                          from api_key k join connected_system s on s.id = k.system_id
                         where k.key_id = :key and k.revoked_at is null and (k.expires_at is null or k.expires_at > :now)
                           and s.closed_at is null""")
                .param("key", key.keyId()).param("now", Timestamp.from(now))
                .query((rs, row) -> key.matches(rs.getString("secret_hash"))
                        ? Optional.of(new CheckedKey(new KeyHolder(rs.getLong("id"), rs.getString("name"),
                        rs.getString("agency_code"), Access.valueOf(rs.getString("access")), rs.getLong("account_id"),
                        key.keyId(), rs.getInt("calls_per_minute")), instant(rs, 2)))
                        : Optional.<CheckedKey>empty())
                .optional().flatMap(each -> each);
        found.ifPresent(valid -> checkedKeys.put(checkedAs, valid));
        return found.map(CheckedKey::holder);
    }

    /** The secret a system's idempotent intake keys are derived with (never shown, never leaves the database). */
    @Transactional(readOnly = true)
    String intakeSecret(long systemId) {
        return jdbc.sql("select intake_secret from connected_system where id = :id").param("id", systemId)
                .query(String.class).single();
    }

    /** After the commit: a call checked in between would otherwise keep the old state for another few seconds. */
    private void forgetCheckedKeys() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                checkedKeys.invalidateAll();
            }
        });
    }

    private IssuedKey issue(long systemId, Instant now) {
        ApiKeySecret key = ApiKeySecret.generate();
        jdbc.sql("insert into api_key (system_id, key_id, secret_hash, created_at) values (:system, :key, :hash, :now)")
                .param("system", systemId).param("key", key.keyId()).param("hash", key.secretHash())
                .param("now", Timestamp.from(now)).update();
        return new IssuedKey(systemId, key.keyId(), key.token());
    }

    private SystemView open(PortalUser admin, long systemId) {
        SystemView system = get(admin, systemId);
        if (system.closedAt() != null) {
            throw new InvalidRequestException("integration.error.closed");
        }
        return system;
    }

    private void mayManage(PortalUser admin, String agencyCode) {
        boolean allowed = admin.role() == Role.NATIONAL_ADMIN
                || admin.role() == Role.AGENCY_ADMIN && agencies.tree().isWithin(agencyCode, admin.agencyCode());
        if (!allowed) {
            throw new ActionForbiddenException("integration.refused");
        }
    }

    private static int callsPerMinute(String given) {
        if (given == null || given.isBlank()) {
            return DEFAULT_CALLS_PER_MINUTE;
        }
        try {
            int calls = Integer.parseInt(given.strip());
            if (calls >= 1 && calls <= CALLS_MAX) {
                return calls;
            }
        } catch (NumberFormatException e) {
            // falls through to the person's message
        }
        throw new InvalidRequestException("integration.error.calls", FormInput.shortened(given), CALLS_MAX);
    }

    private List<KeyView> keys(long systemId) {
        return jdbc.sql("""
                        select key_id, created_at, expires_at, revoked_at, last_used_at from api_key
                         where system_id = :system order by created_at desc, id desc""")
                .param("system", systemId)
                .query((rs, row) -> new KeyView(rs.getString(1), instant(rs, 2), instant(rs, 3), instant(rs, 4),
                        instant(rs, 5)))
                .list();
    }

    private static SystemView view(ResultSet rs, List<KeyView> keys) throws SQLException {
        return new SystemView(rs.getLong("id"), rs.getString("name"), rs.getString("agency_code"),
                Access.valueOf(rs.getString("access")), rs.getInt("calls_per_minute"), instant(rs, "created_at"),
                rs.getString("created_by"), instant(rs, "closed_at"), keys, rs.getLong("calls"));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static AuditLog.Actor actor(PortalUser admin) {
        return new AuditLog.Actor(admin.accountId(), admin.displayName());
    }
}
