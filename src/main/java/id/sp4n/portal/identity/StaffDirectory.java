package id.sp4n.portal.identity;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who works at an agency: the people a complaint can be assigned to. */
@Service
@Transactional(readOnly = true)
public class StaffDirectory {

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

    public record StaffMember(long accountId, String name) {
    }

    public record Contact(long accountId, String name, String email, String locale) {
    }
}
