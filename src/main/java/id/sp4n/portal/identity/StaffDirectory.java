package id.sp4n.portal.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.sp4n.portal.agency.AgencyStaffing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who works at an agency: the people a complaint can be assigned to, and which agencies have anyone at all. */
@Service
@Transactional(readOnly = true)
public class StaffDirectory implements AgencyStaffing {

    private final JdbcClient jdbc;

    StaffDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Enabled officers and agency admins of exactly this agency, by name. */
    public List<StaffMember> workingAt(String agencyCode) {
        return jdbc.sql("""
                        select id, display_name from account
                         where agency_code = :agency and enabled and role in ('OFFICER', 'AGENCY_ADMIN')
                         order by display_name, id""")
                .param("agency", agencyCode)
                .query((rs, row) -> new StaffMember(rs.getLong("id"), rs.getString("display_name")))
                .list();
    }

    /**
     * Agencies with an enabled officer or administrator (an invited officer counts from the invitation: the
     * account exists and can be signed in to as soon as they choose a password). Read on every inbox and case page
     * so that enrolling the first officer takes effect at once; a partial index keeps it a short scan.
     */
    @Override
    public Set<String> staffedAgencies() {
        return Set.copyOf(jdbc.sql("""
                        select distinct agency_code from account
                         where enabled and role in ('OFFICER', 'AGENCY_ADMIN', 'NATIONAL_ADMIN')""")
                .query(String.class).list());
    }

    /** Who receives the staff's notices for an agency: its enabled officers and admins, or only its admins. */
    public List<Contact> contactsAt(String agencyCode, boolean adminsOnly) {
        return jdbc.sql("""
                        select id, display_name, email, preferred_locale from account
                         where agency_code = :agency and enabled
                           and role in ('AGENCY_ADMIN', 'NATIONAL_ADMIN', 'OFFICER')
                           and (not :adminsOnly or role in ('AGENCY_ADMIN', 'NATIONAL_ADMIN'))
                         order by id""")
                .param("agency", agencyCode).param("adminsOnly", adminsOnly)
                .query((rs, row) -> new Contact(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** The head (pimpinan) of every agency that has one, enabled: agency code → the head. */
    public Map<String, Contact> heads() {
        Map<String, Contact> heads = new java.util.TreeMap<>();
        jdbc.sql("select agency_code, id, display_name, email, preferred_locale from account"
                        + " where agency_head and enabled")
                .query((rs, row) -> heads.put(rs.getString(1),
                        new Contact(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5))))
                .list();
        return heads;
    }

    /** A staff account's contact, when it is enabled. */
    public java.util.Optional<Contact> contact(long accountId) {
        return jdbc.sql("select id, display_name, email, preferred_locale from account where id = ? and enabled"
                        + " and role not in ('CITIZEN', 'SYSTEM')")
                .param(accountId)
                .query((rs, row) -> new Contact(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    /** The display names of staff accounts, by id (an id no longer found is left out). */
    public Map<Long, String> names(Collection<Long> accountIds) {
        Map<Long, String> names = new HashMap<>();
        if (!accountIds.isEmpty()) {
            jdbc.sql("select id, display_name from account where id = any(:ids)")
                    .param("ids", accountIds.toArray(Long[]::new))
                    .query((rs, row) -> names.put(rs.getLong(1), rs.getString(2))).list();
        }
        return names;
    }

    public record StaffMember(long accountId, String name) {
    }

    public record Contact(long accountId, String name, String email, String locale) {
    }
}
