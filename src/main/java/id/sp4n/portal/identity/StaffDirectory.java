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

    public record StaffMember(long accountId, String name) {
    }
}
