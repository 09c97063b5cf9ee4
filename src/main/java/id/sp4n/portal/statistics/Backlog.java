package id.sp4n.portal.statistics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.sp4n.portal.sla.WorkingDayCalendar;
import id.sp4n.portal.sla.WorkingDayCalendars;
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

    private static final String OPEN = "status in ('SUBMITTED', 'VERIFIED', 'IN_PROGRESS', 'ON_HOLD')";
    private static final ZoneId EASTERNMOST = ZoneId.of("Asia/Jayapura");

    private final JdbcClient jdbc;
    private final ScopeSql scopes;
    private final WorkingDayCalendars calendars;
    private final Clock clock;

    Backlog(JdbcClient jdbc, ScopeSql scopes, WorkingDayCalendars calendars, Clock clock) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.calendars = calendars;
        this.clock = clock;
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

    /** The scope's open complaints now: in all, per holder (most loaded first) and per assigned officer. */
    public Now now(Scope scope) {
        Instant now = clock.instant();
        // Rows come holder by holder: one calendar and one "today" per holder, counts added in place (the nation
        // has tens of thousands of rows).
        Map<String, Tally> holders = new LinkedHashMap<>();
        Map<Long, long[]> officers = new HashMap<>();
        long[] all = new long[Standing.values().length];
        Tally[] current = {null};
        jdbc.sql("""
                        select agency_code, assignee_account_id, limit_started_on, limit_due_on,
                               count(*) filter (where status in ('SUBMITTED', 'VERIFIED')) as waiting,
                               count(*) filter (where status = 'IN_PROGRESS') as in_progress,
                               count(*) filter (where status = 'ON_HOLD') as on_hold,
                               count(*) filter (where escalation_level > 0) as escalated,
                               min(submitted_at) as oldest
                          from stat_complaint
                         where %s and submitted_at is not null and %s
                         group by 1, 2, 3, 4
                         order by 1""".formatted(scopes.holders(scope), OPEN))
                .params(scopes.holderParams(scope))
                .query(rs -> {
                    String holder = rs.getString(1);
                    Tally tally = current[0];
                    if (tally == null || !tally.agencyCode.equals(holder)) {
                        WorkingDayCalendar calendar = calendars.forAgency(holder);
                        tally = new Tally(holder, calendar, calendar.dateOf(now));
                        holders.put(holder, tally);
                        current[0] = tally;
                    }
                    long paused = rs.getLong(7);
                    long running = rs.getLong(5) + rs.getLong(6);
                    Standing standing = Standing.of(tally.calendar, rs.getObject(3, LocalDate.class),
                            rs.getObject(4, LocalDate.class), tally.today);
                    tally.add(rs.getLong(5), rs.getLong(6), paused, rs.getLong(8), rs.getTimestamp(9).toInstant());
                    long[] mine = officers.computeIfAbsent(rs.getObject(2, Long.class),
                            id -> new long[Standing.values().length]);
                    for (long[] counts : List.of(tally.byStanding, mine, all)) {
                        counts[standing.ordinal()] += running;
                        counts[Standing.NO_LIMIT.ordinal()] += paused;
                    }
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

    /** One holder's counts while its rows are read. */
    private static final class Tally {
        final String agencyCode;
        final WorkingDayCalendar calendar;
        final LocalDate today;
        final long[] byStanding = new long[Standing.values().length];
        long waiting;
        long inProgress;
        long onHold;
        long escalated;
        Instant oldest;

        Tally(String agencyCode, WorkingDayCalendar calendar, LocalDate today) {
            this.agencyCode = agencyCode;
            this.calendar = calendar;
            this.today = today;
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
