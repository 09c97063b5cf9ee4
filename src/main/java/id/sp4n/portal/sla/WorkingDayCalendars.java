package id.sp4n.portal.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.agency.AgencyNode;
import id.sp4n.portal.agency.AgencyTree;
import id.sp4n.portal.audit.AuditLog;
import id.sp4n.portal.region.Region;
import id.sp4n.portal.shared.InvalidRequestException;
import id.sp4n.portal.shared.RecordNotFoundException;
import id.sp4n.portal.shared.ReferenceDataCache;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the working-day calendar of an agency: its province's time zone, national holidays and collective
 * leave, and the regional holidays of the agency and of every agency above it (a province's holiday is
 * also one for its regencies and units). A year counts as loaded once any national holiday or collective leave of
 * it is stored; every change publishes {@link HolidaysChanged}, so that open limits are recomputed.
 */
@Service
public class WorkingDayCalendars {

    /** The holiday table's name column. */
    static final int MAX_NAME_LENGTH = 200;
    static final String HOLIDAY_COLUMNS = "id, day, kind, name, agency_code, legal_basis";

    private final JdbcClient jdbc;
    private final AgencyHierarchy hierarchy;
    private final ReferenceDataCache<Holidays> holidays;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkingDayCalendars(JdbcClient jdbc, AgencyHierarchy hierarchy, PlatformTransactionManager transactions,
                        AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.hierarchy = hierarchy;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.holidays = new ReferenceDataCache<>(jdbc, transactions, "holiday", Duration.ofSeconds(1), this::load);
    }

    /** Every holiday in memory: routing needs a calendar for every new complaint, the inbox one per row. */
    private record Holidays(Set<LocalDate> national, Map<String, Set<LocalDate>> regional, Set<Integer> loadedYears) {
    }

    /** Calendars built from one copy of the holidays and one copy of the tree (a move changes whose apply). */
    private record Calendars(Holidays holidays, AgencyTree tree, Map<String, WorkingDayCalendar> byAgency) {
    }

    private volatile Calendars calendars;

    private Holidays load() {
        Set<LocalDate> national = new HashSet<>();
        Map<String, Set<LocalDate>> regional = new HashMap<>();
        Set<Integer> loadedYears = new HashSet<>();
        jdbc.sql("select day, agency_code from holiday").query((rs, row) -> {
            LocalDate day = rs.getObject("day", LocalDate.class);
            String agency = rs.getString("agency_code");
            if (agency == null) {
                national.add(day);
                loadedYears.add(day.getYear());
            } else {
                regional.computeIfAbsent(agency, a -> new HashSet<>()).add(day);
            }
            return day;
        }).list();
        return new Holidays(national, regional, loadedYears);
    }

    public WorkingDayCalendar forAgency(String agencyCode) {
        Holidays currentHolidays = holidays.get();
        AgencyTree tree = hierarchy.tree();
        Calendars current = calendars;
        if (current == null || current.holidays() != currentHolidays || current.tree() != tree) {
            current = new Calendars(currentHolidays, tree, new ConcurrentHashMap<>());
            calendars = current;
        }
        Calendars snapshot = current;
        return snapshot.byAgency().computeIfAbsent(agencyCode, code -> build(snapshot, code));
    }

    private static WorkingDayCalendar build(Calendars snapshot, String agencyCode) {
        List<AgencyNode> path = snapshot.tree().upward(agencyCode);
        if (path.isEmpty()) {
            throw new RecordNotFoundException("agency.notFound", agencyCode);
        }
        String region = path.get(0).regionCode();
        var zone = IndonesianTimeZone.ofProvince(region == null ? null : Region.provinceCodeOf(region)).zone();
        Set<LocalDate> days = new HashSet<>(snapshot.holidays().national());
        for (AgencyNode node : path) {
            days.addAll(snapshot.holidays().regional().getOrDefault(node.code(), Set.of()));
        }
        return new WorkingDayCalendar(zone, days);
    }

    /**
     * Whether the national holidays and collective leave of the year were loaded. Without them only the fixed-date
     * holidays are known, so a limit that ends in that year is provisional: it may still move when they are loaded.
     */
    public boolean hasNationalHolidays(int year) {
        return holidays.get().loadedYears().contains(year);
    }

    /** Whether a due date may still move because its year's national holidays are not loaded yet. */
    public boolean isProvisional(LocalDate due) {
        return due != null && !hasNationalHolidays(due.getYear());
    }

    /**
     * Makes the next calendar reflect every committed holiday change at once, also one made by another instance a
     * moment ago (the copy is otherwise up to a second old); for work that recomputes limits after a change.
     */
    public void checkForChanges() {
        holidays.invalidate();
    }

    /** After this instance changed holidays: reload, and tell the clocks from which day they may have moved. */
    void changed(String agencyCode, LocalDate earliest) {
        holidays.invalidate();
        events.publishEvent(new HolidaysChanged(agencyCode, earliest, clock.instant()));
    }

    static Holiday holiday(ResultSet rs, int row) throws SQLException {
        return new Holiday(rs.getLong("id"), rs.getObject("day", LocalDate.class), rs.getString("kind"),
                rs.getString("name"), rs.getString("agency_code"), rs.getString("legal_basis"), false);
    }

    /**
     * The holidays that apply to an agency in a year: national ones (the fixed-date ones also when not stored) and
     * the regional ones of it and above it.
     */
    @Transactional(readOnly = true)
    public List<Holiday> holidaysOf(String agencyCode, int year) {
        // A year the calendar cannot hold is the person's mistake (400), not a database error.
        NationalHolidays.checkYear(year);
        List<String> path = hierarchy.tree().upward(agencyCode).stream().map(AgencyNode::code).toList();
        if (path.isEmpty()) {
            throw new RecordNotFoundException("agency.notFound", agencyCode);
        }
        List<Holiday> stored = jdbc.sql("select " + HOLIDAY_COLUMNS + " " + """
                         from holiday
                         where (agency_code is null or agency_code in (:codes))
                           and day between :first and :last order by day""")
                .param("codes", path).param("first", LocalDate.of(year, 1, 1)).param("last", LocalDate.of(year, 12, 31))
                .query(WorkingDayCalendars::holiday)
                .list();
        return withFixedDays(stored, year);
    }

    /** Adds the fixed-date national holidays that are not stored, in date order. */
    static List<Holiday> withFixedDays(List<Holiday> stored, int year) {
        Set<LocalDate> nationalDays = new HashSet<>();
        stored.stream().filter(h -> h.agencyCode() == null).forEach(h -> nationalDays.add(h.day()));
        List<Holiday> all = new ArrayList<>(stored);
        for (FixedNationalHolidays.Fixed fixed : FixedNationalHolidays.ALL) {
            LocalDate day = fixed.day().atYear(year);
            if (!nationalDays.contains(day)) {
                all.add(new Holiday(null, day, Holiday.NATIONAL_HOLIDAY, fixed.nameKey(), null, fixed.legalBasis(),
                        true));
            }
        }
        all.sort(Comparator.comparing(Holiday::day).thenComparing(h -> h.agencyCode() == null ? "" : h.agencyCode()));
        return all;
    }

    /** One regional holiday (national holidays and collective leave are administered by {@link NationalHolidays}). */
    @Transactional(readOnly = true)
    public Holiday regionalHoliday(long id) {
        return jdbc.sql("select " + HOLIDAY_COLUMNS + " from holiday where id = :id and agency_code is not null")
                .param("id", id).query(WorkingDayCalendars::holiday).optional()
                .orElseThrow(() -> new RecordNotFoundException("holiday.notFound", id));
    }

    /**
     * Adds a regional holiday for an agency and its subtree; a second holiday on the same day is refused. Audited on
     * the agency, since it moves every time limit there.
     */
    @Transactional
    public void addRegionalHoliday(AuditLog.Actor actor, String agencyCode, LocalDate day, String name) {
        if (!hierarchy.tree().contains(agencyCode)) {
            throw new RecordNotFoundException("agency.notFound", agencyCode);
        }
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME_LENGTH) {
            throw new InvalidRequestException("holiday.error.name", MAX_NAME_LENGTH);
        }
        int inserted = jdbc.sql("""
                        insert into holiday (day, kind, name, agency_code) values (:day, 'REGIONAL_HOLIDAY', :name, :agency)
                        on conflict do nothing""")
                .param("day", day).param("name", name.strip()).param("agency", agencyCode).update();
        if (inserted == 0) {
            throw new InvalidRequestException("holiday.error.duplicate", agencyCode, day);
        }
        audit.record(actor, "HOLIDAY_ADD", "agency", agencyCode, null, Map.of("day", day.toString(), "name", name.strip()));
        changed(agencyCode, day);
    }

    /** Removes a regional holiday (one added by mistake); the clocks of its agency count that day again. */
    @Transactional
    public void removeRegionalHoliday(AuditLog.Actor actor, long id) {
        Holiday removed = regionalHoliday(id);
        jdbc.sql("delete from holiday where id = :id").param("id", id).update();
        audit.record(actor, "HOLIDAY_REMOVE", "agency", removed.agencyCode(),
                Map.of("day", removed.day().toString(), "name", removed.name()), null);
        changed(removed.agencyCode(), removed.day());
    }
}
