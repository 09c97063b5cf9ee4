package id.sp4n.portal.statistics;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is still owed now, whenever it was filed — for staff, never public: the open complaints (submitted,
 * verified, in progress, on hold) of a scope's agencies, counted per holder and listed oldest first. The scope's
 * period does not apply; confidential complaints count.
 */
@Service
@Transactional(readOnly = true)
public class Backlog {

    private static final String OPEN = "status in ('SUBMITTED', 'VERIFIED', 'IN_PROGRESS', 'ON_HOLD')";

    private final JdbcClient jdbc;
    private final ScopeSql scopes;

    Backlog(JdbcClient jdbc, ScopeSql scopes) {
        this.jdbc = jdbc;
        this.scopes = scopes;
    }

    /** Per holder with open complaints, the most loaded first: how many wait for verification, are worked, held. */
    public List<Load> loadByHolder(Scope scope) {
        return jdbc.sql("""
                        select agency_code,
                               count(*) filter (where status in ('SUBMITTED', 'VERIFIED')) as waiting,
                               count(*) filter (where status = 'IN_PROGRESS') as in_progress,
                               count(*) filter (where status = 'ON_HOLD') as on_hold,
                               count(*) filter (where escalation_level > 0) as escalated,
                               min(submitted_at) as oldest
                          from stat_complaint
                         where agency_code = any(:agencies) and submitted_at is not null and %s
                         group by agency_code
                         order by count(*) desc, agency_code""".formatted(OPEN))
                .param("agencies", scopes.agencies(scope))
                .query((rs, row) -> new Load(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** The {@code limit} open complaints filed longest ago. */
    public List<OpenComplaint> oldest(Scope scope, int limit) {
        return jdbc.sql("""
                        select tracking_number, agency_code, status, submitted_at, escalation_level
                          from stat_complaint
                         where agency_code = any(:agencies) and submitted_at is not null and %s
                         order by submitted_at, tracking_number
                         limit :limit""".formatted(OPEN))
                .param("agencies", scopes.agencies(scope)).param("limit", limit)
                .query((rs, row) -> new OpenComplaint(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getInt(5)))
                .list();
    }

    /** One holder's open complaints. */
    public record Load(String agencyCode, long waitingForVerification, long inProgress, long onHold, long escalated,
                       Instant oldestFiledAt) {

        public long total() {
            return waitingForVerification + inProgress + onHold;
        }
    }

    public record OpenComplaint(String trackingNumber, String agencyCode, String status, Instant submittedAt,
                                int escalationLevel) {
    }
}
