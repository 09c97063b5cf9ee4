package id.sp4n.portal.statistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.sp4n.portal.sla.WorkingDayCalendar;
import id.sp4n.portal.sla.WorkingDayCalendars;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is still owed now, whenever it was filed — for staff, never public: the open complaints (submitted,
 * verified, in progress, on hold) of a scope's agencies, per holder and per assigned officer, each judged against
 * its own running limit in the holder's calendar ({@link Standing}), and listed most overdue and oldest first. The
 * scope's period does not apply; confidential complaints count.
 */
@Service
@Transactional(readOnly = true)
public class Backlog {

    static final String OPEN = "status in ('SUBMITTED', 'VERIFIED', 'IN_PROGRESS', 'ON_HOLD')";
    private static final ZoneId EASTERNMOST = ZoneId.of("Asia/Jayapura");
    private static final ZoneId WESTERNMOST = ZoneId.of("Asia/Jakarta");

    private final JdbcClient jdbc;
    private final ScopeSql scopes;
    private final WorkingDayCalendars calendars;
    private final Clock clock;
    private final RecentResults<String, Now> recent;

    Backlog(JdbcClient jdbc, ScopeSql scopes, WorkingDayCalendars calendars, Clock clock,
            @Value("${portal.statistics.backlog-kept-for:PT10S}") Duration keptFor) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.calendars = calendars;
        this.clock = clock;
        this.recent = new RecentResults<>(keptFor, 1_000, clock);
    }

    /**
     * Where an open complaint stands against the limit running now: within it, approaching it (more than 80% of
     * its working days used), breached (its last day has passed), or without one (on hold, the clock paused; or
     * recorded before events carried limits).
     */
    public enum Standing {
        WITHIN, APPROACHING, BREACHED, NO_LIMIT;

        static Standing of(WorkingDayCalendar calendar, LocalDate startedOn, LocalDate dueOn, LocalDate today) {
            if (startedOn == null || dueOn == null) {
                return NO_LIMIT;
            }
            if (today.isAfter(dueOn)) {
                return BREACHED;
            }
            int length = calendar.workingDaysBetween(startedOn, dueOn);
            int used = calendar.workingDaysBetween(startedOn, today);
            return used * 5 > length * 4 ? APPROACHING : WITHIN;
        }
    }

    /**
     * The scope's open complaints now: in all, per holder (most loaded first) and per assigned officer. The same
     * agency's answer is kept for {@code portal.statistics.backlog-kept-for} (10 s; the issue allows a minute).
     */
    public Now now(Scope scope) {
        return recent.get(scope.agencyCode() + (scope.subtree() ? " and below" : " alone"), () -> countNow(scope));
    }

    private Now countNow(Scope scope) {
        Instant now = clock.instant();
        // A limit whose last day is before today in the westernmost zone (WIB) has passed in every zone: those are
        // counted by the database per holder and officer; only the complaints still within a limit are read one
        // group of dates at a time, for their holder's calendar to judge (the nation: a few thousand, not fifty).
        LocalDate westernToday = now.atZone(WESTERNMOST).toLocalDate();
        Map<String, Tally> holders = new HashMap<>();
        Map<Long, long[]> officers = new HashMap<>();
        long[] all = new long[Standing.values().length];
        jdbc.sql("""
                        select agency_code, assignee_account_id,
                               count(*) filter (where status in ('SUBMITTED', 'VERIFIED')) as waiting,
                               count(*) filter (where status = 'IN_PROGRESS') as in_progress,
                               count(*) filter (where status = 'ON_HOLD') as on_hold,
                               count(*) filter (where escalation_level > 0) as escalated,
                               min(submitted_at) as oldest,
                               count(*) filter (where status <> 'ON_HOLD' and limit_started_on is not null
                                                  and limit_due_on < :westernToday) as breached,
                               count(*) filter (where status = 'ON_HOLD' or limit_started_on is null
                                                  or limit_due_on is null) as no_limit
                          from stat_complaint
                         where %s and submitted_at is not null and %s
                         group by 1, 2""".formatted(scopes.holders(scope), OPEN))
                .params(scopes.holderParams(scope)).param("westernToday", westernToday)
                .query(rs -> {
                    Tally tally = holders.computeIfAbsent(rs.getString(1), Tally::new);
                    tally.add(rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                            rs.getTimestamp(7).toInstant());
                    long[] mine = officers.computeIfAbsent(rs.getObject(2, Long.class),
                            id -> new long[Standing.values().length]);
                    count(Standing.BREACHED, rs.getLong(8), tally.byStanding, mine, all);
                    count(Standing.NO_LIMIT, rs.getLong(9), tally.byStanding, mine, all);
                });
        Map<String, LocalDate> todays = new HashMap<>();
        jdbc.sql("""
                        select agency_code, assignee_account_id, limit_started_on, limit_due_on, count(*)
                          from stat_complaint
                         where %s and submitted_at is not null and status in ('SUBMITTED', 'VERIFIED', 'IN_PROGRESS')
                           and limit_started_on is not null and limit_due_on >= :westernToday
                         group by 1, 2, 3, 4""".formatted(scopes.holders(scope)))
                .params(scopes.holderParams(scope)).param("westernToday", westernToday)
                .query(rs -> {
                    String holder = rs.getString(1);
                    WorkingDayCalendar calendar = calendars.forAgency(holder);
                    LocalDate today = todays.computeIfAbsent(holder, code -> calendar.dateOf(now));
                    Standing standing = Standing.of(calendar, rs.getObject(3, LocalDate.class),
                            rs.getObject(4, LocalDate.class), today);
                    count(standing, rs.getLong(5), holders.get(holder).byStanding,
                            officers.get(rs.getObject(2, Long.class)), all);
                });
        List<Load> byHolder = new ArrayList<>(holders.size());
        holders.values().forEach(tally -> byHolder.add(tally.load()));
        byHolder.sort(Comparator.comparingLong(Load::total).reversed().thenComparing(Load::agencyCode));
        List<OfficerLoad> byOfficer = new ArrayList<>();
        officers.forEach((officer, counts) -> byOfficer.add(new OfficerLoad(officer, counts)));
        byOfficer.sort(Comparator.comparingLong(OfficerLoad::total).reversed()
                .thenComparing(load -> load.accountId() == null ? Long.MAX_VALUE : load.accountId()));
        return new Now(all, byHolder, byOfficer);
    }

    private static void count(Standing standing, long complaints, long[]... into) {
        for (long[] counts : into) {
            counts[standing.ordinal()] += complaints;
        }
    }

    /** One holder's counts while its rows are read. */
    private static final class Tally {
        final String agencyCode;
        final long[] byStanding = new long[Standing.values().length];
        long waiting;
        long inProgress;
        long onHold;
        long escalated;
        Instant oldest;

        Tally(String agencyCode) {
            this.agencyCode = agencyCode;
        }

        void add(long waiting, long inProgress, long onHold, long escalated, Instant oldest) {
            this.waiting += waiting;
            this.inProgress += inProgress;
            this.onHold += onHold;
            this.escalated += escalated;
            this.oldest = this.oldest == null || oldest.isBefore(this.oldest) ? oldest : this.oldest;
        }

        Load load() {
            return new Load(agencyCode, waiting, inProgress, onHold, escalated, byStanding, oldest);
        }
    }

    /** The {@code limit} open complaints filed longest ago. */
    public List<OpenComplaint> oldest(Scope scope, int limit) {
        return open(scope, "true", Map.of(), "submitted_at, tracking_number", limit);
    }

    /** Up to {@code limit} open complaints whose running limit has passed, the longest overdue first. */
    public List<OpenComplaint> overdue(Scope scope, int limit) {
        Instant now = clock.instant();
        // The last day passed nowhere before it passed in the easternmost zone (WIT): a coarse cut in the query,
        // then each holder's own calendar decides.
        LocalDate easternToday = now.atZone(EASTERNMOST).toLocalDate();
        List<OpenComplaint> overdue = new ArrayList<>();
        for (OpenComplaint complaint : open(scope, "limit_due_on < :today", Map.of("today", easternToday),
                "limit_due_on, submitted_at, tracking_number", limit * 2)) {
            if (overdue.size() < limit
                    && calendars.forAgency(complaint.agencyCode()).dateOf(now).isAfter(complaint.dueOn())) {
                overdue.add(complaint);
            }
        }
        return overdue;
    }

    private List<OpenComplaint> open(Scope scope, String condition, Map<String, Object> params, String order,
                                     int limit) {
        return jdbc.sql("""
                        select tracking_number, agency_code, status, submitted_at, escalation_level, limit_due_on
                          from stat_complaint
                         where %s and submitted_at is not null and %s and %s
                         order by %s
                         limit :limit""".formatted(scopes.holders(scope), OPEN, condition, order))
                .params(params).params(scopes.holderParams(scope)).param("limit", limit)
                .query((rs, row) -> new OpenComplaint(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getInt(5), rs.getObject(6, LocalDate.class)))
                .list();
    }

    /** The open complaints of a scope now; {@code byStanding} is indexed by {@link Standing#ordinal()}. */
    public record Now(long[] byStanding, List<Load> byHolder, List<OfficerLoad> byOfficer) {

        public long count(Standing standing) {
            return byStanding[standing.ordinal()];
        }
    }

    /** One holder's open complaints, by state and by {@link Standing}. */
    public record Load(String agencyCode, long waitingForVerification, long inProgress, long onHold, long escalated,
                       long[] byStanding, Instant oldestFiledAt) {

        public long total() {
            return waitingForVerification + inProgress + onHold;
        }

        public long count(Standing standing) {
            return byStanding[standing.ordinal()];
        }
    }

    /** The open complaints assigned to one officer ({@code accountId} null: not assigned to anyone). */
    public record OfficerLoad(Long accountId, long[] byStanding) {

        public long total() {
            long total = 0;
            for (long count : byStanding) {
                total += count;
            }
            return total;
        }

        public long count(Standing standing) {
            return byStanding[standing.ordinal()];
        }
    }

    /** An open complaint; {@code dueOn}: its running limit, if any. */
    public record OpenComplaint(String trackingNumber, String agencyCode, String status, Instant submittedAt,
                                int escalationLevel, LocalDate dueOn) {
    }
}
