package id.sp4n.portal.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the working-day calendar of an agency: its province's time zone, national holidays and collective
 * leave, and the regional holidays of the agency and of every agency above it (a province's holiday is
 * also one for its regencies and units).
 */
@Service
public class WorkingDayCalendars {

    /** The holiday table's name column. */
    private static final int MAX_NAME_LENGTH = 200;
    private static final String HOLIDAY_COLUMNS = "id, day, kind, name, agency_code";

    private final JdbcClient jdbc;
    private final AgencyHierarchy hierarchy;
    private final ReferenceDataCache<Holidays> holidays;
    private final AuditLog audit;

    WorkingDayCalendars(JdbcClient jdbc, AgencyHierarchy hierarchy, PlatformTransactionManager transactions,
                        AuditLog audit) {
        this.jdbc = jdbc;
        this.hierarchy = hierarchy;
        this.audit = audit;
        this.holidays = new ReferenceDataCache<>(jdbc, transactions, "holiday", Duration.ofSeconds(1), this::load);
    }

    /** Every holiday in memory: routing needs a calendar for every new complaint, the inbox one per row. */
    private record Holidays(Set<LocalDate> national, Map<String, Set<LocalDate>> regional) {
    }

    /** Calendars built from one copy of the holidays and one copy of the tree (a move changes whose apply). */
    private record Calendars(Holidays holidays, AgencyTree tree, Map<String, WorkingDayCalendar> byAgency) {
    }

    private volatile Calendars calendars;

    private Holidays load() {
        Set<LocalDate> national = new HashSet<>();
        Map<String, Set<LocalDate>> regional = new HashMap<>();
        jdbc.sql("select day, agency_code from holiday").query((rs, row) -> {
            LocalDate day = rs.getObject("day", LocalDate.class);
            String agency = rs.getString("agency_code");
            if (agency == null) {
                national.add(day);
            } else {
                regional.computeIfAbsent(agency, a -> new HashSet<>()).add(day);
            }
            return day;
        }).list();
        return new Holidays(national, regional);
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

    /** A holiday as the administration page lists it; {@code agencyCode} is null for national ones. */
    public record Holiday(long id, LocalDate day, String kind, String name, String agencyCode) {
    }

    private static Holiday holiday(ResultSet rs, int row) throws SQLException {
        return new Holiday(rs.getLong("id"), rs.getObject("day", LocalDate.class), rs.getString("kind"),
                rs.getString("name"), rs.getString("agency_code"));
    }

    /** The holidays that apply to an agency in a year: national ones and the regional ones of it and above it. */
    @Transactional(readOnly = true)
    public List<Holiday> holidaysOf(String agencyCode, int year) {
        List<String> path = hierarchy.tree().upward(agencyCode).stream().map(AgencyNode::code).toList();
        if (path.isEmpty()) {
            throw new RecordNotFoundException("agency.notFound", agencyCode);
        }
        return jdbc.sql("select " + HOLIDAY_COLUMNS + " " + """
                         from holiday
                         where (agency_code is null or agency_code in (:codes))
                           and day between :first and :last order by day""")
                .param("codes", path).param("first", LocalDate.of(year, 1, 1)).param("last", LocalDate.of(year, 12, 31))
                .query(WorkingDayCalendars::holiday)
                .list();
    }

    /** One regional holiday (national holidays and collective leave are reference data, not administered here). */
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
        holidays.invalidate();
    }

    /** Removes a regional holiday (one added by mistake); the clocks of its agency count that day again. */
    @Transactional
    public void removeRegionalHoliday(AuditLog.Actor actor, long id) {
        Holiday removed = regionalHoliday(id);
        jdbc.sql("delete from holiday where id = :id").param("id", id).update();
        audit.record(actor, "HOLIDAY_REMOVE", "agency", removed.agencyCode(),
                Map.of("day", removed.day().toString(), "name", removed.name()), null);
        holidays.invalidate();
    }
}
