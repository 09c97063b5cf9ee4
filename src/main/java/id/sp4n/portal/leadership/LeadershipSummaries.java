package id.sp4n.portal.leadership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.sp4n.portal.audit.AuditLog;
import id.sp4n.portal.identity.StaffDirectory;
import id.sp4n.portal.shared.ActionForbiddenException;
import id.sp4n.portal.shared.RecordNotFoundException;
import id.sp4n.portal.statistics.Scope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly summaries: issued once per agency and month to the agency's head at the time, acknowledged by that
 * head alone (audited). What they show is read live from the statistics (the month is over, so its figures only move
 * with late events); what counts for the ranking is whether the head acknowledged it and whether they acted in the
 * portal themselves that month.
 */
@Service
@Transactional
public class LeadershipSummaries {

    static final String ACKNOWLEDGE = "LEADERSHIP_ACKNOWLEDGE";
    private static final String COLUMNS = "id, agency_code, month, head_account_id, issued_at, acknowledged_at";

    /**
     * An agency's involvement over a period's summaries: {@code issued} months, how many the head acknowledged, and
     * in how many the head did something in the portal themselves (acknowledging does not count).
     */
    public record Involvement(int issued, int acknowledged, int active) {
    }

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LeadershipSummaries(JdbcClient jdbc, StaffDirectory staff, AuditLog audit, ApplicationEventPublisher events,
                        Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Issues the month's summary to every agency head who has not had it yet; how many were issued. */
    public int issue(YearMonth month) {
        Instant now = clock.instant();
        int issued = 0;
        for (Map.Entry<String, StaffDirectory.Contact> head : staff.heads().entrySet()) {
            Optional<Long> id = jdbc.sql("""
                            insert into leadership_summary (agency_code, month, head_account_id, issued_at)
                            values (?, ?, ?, ?) on conflict (agency_code, month) do nothing returning id""")
                    .params(head.getKey(), month.atDay(1), head.getValue().accountId(), Timestamp.from(now))
                    .query(Long.class).optional();
            if (id.isPresent()) {
                events.publishEvent(new LeadershipSummaryIssued(id.get(), head.getValue().accountId(), head.getKey(),
                        month, now));
                issued++;
            }
        }
        return issued;
    }

    /** The month before today's (WIB): the one due now. */
    public YearMonth due() {
        return YearMonth.now(clock.withZone(Scope.PERIOD_ZONE)).minusMonths(1);
    }

    @Transactional(readOnly = true)
    public List<Summary> of(long headAccountId) {
        return jdbc.sql("select " + COLUMNS + " from leadership_summary where head_account_id = ? order by month desc")
                .param(headAccountId).query(LeadershipSummaries::summary).list();
    }

    @Transactional(readOnly = true)
    public Summary get(long id) {
        return jdbc.sql("select " + COLUMNS + " from leadership_summary where id = ?").param(id)
                .query(LeadershipSummaries::summary).optional()
                .orElseThrow(() -> new RecordNotFoundException("leadership.error.notFound", id));
    }

    /** The head acknowledges; only the head it was issued to may, once (again changes nothing). */
    public Summary acknowledge(AuditLog.Actor head, long id) {
        Summary summary = get(id);
        if (head.accountId() == null || head.accountId() != summary.headAccountId()) {
            throw new ActionForbiddenException("leadership.error.notYours");
        }
        if (jdbc.sql("update leadership_summary set acknowledged_at = ? where id = ? and acknowledged_at is null")
                .params(Timestamp.from(clock.instant()), id).update() == 1) {
            audit.record(head, ACKNOWLEDGE, "leadership_summary", String.valueOf(id), null,
                    Map.of("agency", summary.agencyCode(), "month", summary.month().toString()));
        }
        return get(id);
    }

    /** Each agency's involvement over the summaries of the months from {@code first} to {@code last}. */
    @Transactional(readOnly = true)
    public Map<String, Involvement> involvement(YearMonth first, YearMonth last) {
        List<Summary> summaries = jdbc.sql("select " + COLUMNS + " from leadership_summary"
                        + " where month >= ? and month <= ?")
                .params(first.atDay(1), last.atDay(1)).query(LeadershipSummaries::summary).list();
        Set<Long> heads = new HashSet<>();
        summaries.forEach(summary -> heads.add(summary.headAccountId()));
        Map<Long, Set<YearMonth>> active = heads.isEmpty() ? Map.of() : audit.activeMonths(heads,
                first.atDay(1).atStartOfDay(Scope.PERIOD_ZONE).toInstant(),
                last.plusMonths(1).atDay(1).atStartOfDay(Scope.PERIOD_ZONE).toInstant(), ACKNOWLEDGE);
        Map<String, int[]> counts = new HashMap<>();
        for (Summary summary : summaries) {
            int[] count = counts.computeIfAbsent(summary.agencyCode(), key -> new int[3]);
            count[0]++;
            count[1] += summary.acknowledged() ? 1 : 0;
            count[2] += active.getOrDefault(summary.headAccountId(), Set.of()).contains(summary.month()) ? 1 : 0;
        }
        Map<String, Involvement> involvement = new HashMap<>();
        counts.forEach((agency, count) -> involvement.put(agency, new Involvement(count[0], count[1], count[2])));
        return involvement;
    }

    private static Summary summary(ResultSet rs, int row) throws SQLException {
        Timestamp acknowledged = rs.getTimestamp(6);
        return new Summary(rs.getLong(1), rs.getString(2), YearMonth.from(rs.getObject(3, LocalDate.class)),
                rs.getLong(4), rs.getTimestamp(5).toInstant(), acknowledged == null ? null : acknowledged.toInstant());
    }
}
