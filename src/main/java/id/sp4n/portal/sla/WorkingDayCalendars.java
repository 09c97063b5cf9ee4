package id.sp4n.portal.sla;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import id.sp4n.portal.agency.AgencyDetails;
import id.sp4n.portal.agency.AgencyDirectory;
import id.sp4n.portal.agency.AgencySummary;
import id.sp4n.portal.region.Region;
import id.sp4n.portal.shared.InvalidRequestException;
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

    private final JdbcClient jdbc;
    private final AgencyDirectory agencies;

    WorkingDayCalendars(JdbcClient jdbc, AgencyDirectory agencies) {
        this.jdbc = jdbc;
        this.agencies = agencies;
    }

    @Transactional(readOnly = true)
    public WorkingDayCalendar forAgency(String agencyCode) {
        AgencyDetails details = agencies.details(agencyCode);
        String region = details.agency().regionCode();
        var zone = IndonesianTimeZone.ofProvince(region == null ? null : Region.provinceCodeOf(region)).zone();
        Set<String> codes = new HashSet<>();
        details.path().stream().map(AgencySummary::code).forEach(codes::add);
        Set<LocalDate> holidays = new HashSet<>(jdbc.sql(
                        "select day from holiday where agency_code is null or agency_code in (:codes)")
                .param("codes", codes).query(LocalDate.class).list());
        return new WorkingDayCalendar(zone, holidays);
    }

    /** Adds a regional holiday for an agency and its subtree; a second holiday on the same day is refused. */
    @Transactional
    public void addRegionalHoliday(String agencyCode, LocalDate day, String name) {
        agencies.get(agencyCode);
        if (name == null || name.isBlank()) {
            throw new InvalidRequestException("holiday.error.name");
        }
        int inserted = jdbc.sql("""
                        insert into holiday (day, kind, name, agency_code) values (:day, 'REGIONAL_HOLIDAY', :name, :agency)
                        on conflict do nothing""")
                .param("day", day).param("name", name.trim()).param("agency", agencyCode).update();
        if (inserted == 0) {
            throw new InvalidRequestException("holiday.error.duplicate", agencyCode, day);
        }
    }
}
