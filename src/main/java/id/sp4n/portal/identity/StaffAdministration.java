package id.sp4n.portal.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.audit.AuditLog;
import id.sp4n.portal.shared.ActionForbiddenException;
import id.sp4n.portal.shared.EmailAddress;
import id.sp4n.portal.shared.InvalidRequestException;
import id.sp4n.portal.shared.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators manage staff accounts: create officers and agency admins for an agency (with an initial password
 * handed over separately, or by a mailed invitation to choose one), change their role, deactivate them. Agency
 * admins only inside their subtree and only those two roles; the national admin everywhere, and only they create
 * national admins and oversight accounts. Every change is audited.
 */
@Service
@Transactional
public class StaffAdministration {

    private final JdbcClient jdbc;
    private final StaffEnrolment enrolment;
    private final AgencyHierarchy hierarchy;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final SignedInSessions sessions;
    private final Clock clock;

    StaffAdministration(JdbcClient jdbc, StaffEnrolment enrolment, AgencyHierarchy hierarchy, AuditLog audit,
                        ApplicationEventPublisher events, SignedInSessions sessions, Clock clock) {
        this.jdbc = jdbc;
        this.enrolment = enrolment;
        this.hierarchy = hierarchy;
        this.audit = audit;
        this.events = events;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** {@code head}: the agency's head (pimpinan), who receives and acknowledges the monthly summary. */
    public record StaffAccount(long id, String email, String name, Role role, String agencyCode, boolean enabled,
                               boolean head) {
    }

    @Transactional(readOnly = true)
    public List<StaffAccount> at(PortalUser admin, String agencyCode) {
        mayManage(admin, agencyCode, Role.OFFICER);
        return jdbc.sql("""
                        select id, email, display_name, role, agency_code, enabled, agency_head from account
                         where agency_code = :agency and role <> 'SYSTEM'
                         order by enabled desc, display_name, id""")
                .param("agency", agencyCode)
                .query(StaffAdministration::account)
                .list();
    }

    public void create(PortalUser admin, String email, String name, Role role, String agencyCode, String password) {
        mayManage(admin, agencyCode, role);
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!EmailAddress.isDeliverable(address)) {
            throw new InvalidRequestException("staff.error.email");
        }
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw new InvalidRequestException("staff.error.name");
        }
        boolean invited = password == null || password.isEmpty();
        // Invited staff get a password nobody knows until they choose their own through the mailed link.
        if (!enrolment.enrolIfAbsent(address, invited ? MailedToken.generate() : password, name.strip(), role,
                agencyCode)) {
            throw new InvalidRequestException("staff.error.taken", address);
        }
        audit.record(actor(admin), "STAFF_CREATE", "account", address, null,
                Map.of("role", role.name(), "agency", agencyCode, "name", name.strip(), "invited", invited));
        if (invited) {
            invite(jdbc.sql("select id from account where email = :email").param("email", address).query(Long.class)
                    .single());
        }
    }

    /**
     * Mails the account's holder a new link to choose their password (an invitation not used in time, or a
     * forgotten password); the previous link stops working. The current password stays valid until then.
     */
    public void reinvite(PortalUser admin, long accountId) {
        StaffAccount account = find(accountId);
        mayManage(admin, account.agencyCode(), account.role());
        if (!account.enabled()) {
            throw new InvalidRequestException("staff.error.inviteDisabled");
        }
        audit.record(actor(admin), "STAFF_INVITE", "account", account.email(), null, Map.of("invited", true));
        invite(accountId);
    }

    private void invite(long accountId) {
        StaffAccount account = find(accountId);
        String token = MailedToken.generate();
        jdbc.sql("""
                        insert into staff_invitation (token_hash, account_id, expires_at) values (:hash, :id, :expires)
                        on conflict (account_id) do update set token_hash = excluded.token_hash,
                                                               expires_at = excluded.expires_at""")
                .param("hash", MailedToken.hash(token)).param("id", accountId)
                .param("expires", Timestamp.from(clock.instant().plus(StaffInvitations.VALIDITY))).update();
        events.publishEvent(new StaffInvited(accountId, account.email(), account.name(), account.role(),
                account.agencyCode(), token));
    }

    public void changeRole(PortalUser admin, long accountId, Role role) {
        StaffAccount account = find(accountId);
        mayManage(admin, account.agencyCode(), account.role());
        mayManage(admin, account.agencyCode(), role);
        jdbc.sql("update account set role = :role, version = version + 1 where id = :id")
                .param("role", role.name()).param("id", accountId).update();
        audit.record(actor(admin), "STAFF_ROLE", "account", account.email(), Map.of("role", account.role().name()),
                Map.of("role", role.name()));
        if (role != account.role()) {
            sessions.endAllOf(account.email());
        }
    }

    public void setEnabled(PortalUser admin, long accountId, boolean enabled) {
        StaffAccount account = find(accountId);
        mayManage(admin, account.agencyCode(), account.role());
        if (account.id() == admin.accountId()) {
            throw new InvalidRequestException("staff.error.self");
        }
        jdbc.sql("update account set enabled = :enabled, version = version + 1 where id = :id")
                .param("enabled", enabled).param("id", accountId).update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("enabled", enabled);
        audit.record(actor(admin), enabled ? "STAFF_ENABLE" : "STAFF_DISABLE", "account", account.email(),
                Map.of("enabled", account.enabled()), after);
        if (!enabled) {
            sessions.endAllOf(account.email());
        }
    }

    /**
     * Marks the account as its agency's head, in place of any other (one head per agency), or unmarks it. Audited;
     * an enabled account only.
     */
    public void setHead(PortalUser admin, long accountId, boolean head) {
        StaffAccount account = find(accountId);
        mayManage(admin, account.agencyCode(), account.role());
        if (head && !account.enabled()) {
            throw new InvalidRequestException("staff.error.headDisabled");
        }
        if (head == account.head()) {
            return;
        }
        if (head) {
            jdbc.sql("update account set agency_head = false, version = version + 1"
                    + " where agency_code = :agency and agency_head").param("agency", account.agencyCode()).update();
        }
        jdbc.sql("update account set agency_head = :head, version = version + 1 where id = :id")
                .param("head", head).param("id", accountId).update();
        audit.record(actor(admin), "STAFF_HEAD", "account", account.email(), Map.of("head", account.head()),
                Map.of("head", head, "agency", account.agencyCode()));
    }

    private static StaffAccount account(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new StaffAccount(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getString("agency_code"), rs.getBoolean("enabled"),
                rs.getBoolean("agency_head"));
    }

    private StaffAccount find(long accountId) {
        return jdbc.sql("""
                        select id, email, display_name, role, agency_code, enabled, agency_head from account
                         where id = :id and role not in ('CITIZEN', 'SYSTEM')""")
                .param("id", accountId)
                .query(StaffAdministration::account)
                .optional().orElseThrow(() -> new RecordNotFoundException("staff.notFound", accountId));
    }

    /** Agency admins: officers and agency admins inside their subtree; the national admin: any staff anywhere. */
    private void mayManage(PortalUser admin, String agencyCode, Role role) {
        if (agencyCode == null || !hierarchy.tree().contains(agencyCode)) {
            throw new RecordNotFoundException("agency.notFound", agencyCode == null ? "" : agencyCode);
        }
        if (!role.isStaff() || role == Role.SYSTEM) {
            throw new InvalidRequestException("account.error.notStaff", role);
        }
        boolean allowed = switch (admin.role()) {
            case NATIONAL_ADMIN -> true;
            case AGENCY_ADMIN -> (role == Role.OFFICER || role == Role.AGENCY_ADMIN)
                    && hierarchy.tree().isWithin(agencyCode, admin.agencyCode());
            default -> false;
        };
        if (!allowed) {
            throw new ActionForbiddenException("staff.refused");
        }
    }

    private static AuditLog.Actor actor(PortalUser admin) {
        return new AuditLog.Actor(admin.accountId(), admin.displayName());
    }
}
