package id.sp4n.portal.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import id.sp4n.portal.agency.AgencyStaffing;
import id.sp4n.portal.agency.HeldComplaints;
import id.sp4n.portal.audit.AuditLog;
import id.sp4n.portal.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The time-limits module on its own (with the modules it depends on; categories and regions for their seed
 * migrations):
 * every change of national or regional holidays publishes {@link HolidaysChanged} with the agency and the earliest
 * day it touches, which the complaint module recomputes open limits from.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"category", "region"})
@Import(TestClock.class)
class HolidaysChangedModuleTest {

    private static final AuditLog.Actor ADMIN = new AuditLog.Actor(null, "Uji modul");

    @Autowired
    NationalHolidays nationalHolidays;

    @Autowired
    WorkingDayCalendars calendars;

    @Autowired
    JdbcClient jdbc;

    /** Implemented by the complaint module, which this test leaves out; the agency module only needs it to exist. */
    @MockitoBean
    HeldComplaints heldComplaints;

    /** Implemented by the identity module, which this test leaves out; the agency module only needs it to exist. */
    @MockitoBean
    AgencyStaffing agencyStaffing;

    @AfterEach
    void removeTestHolidays() {
        jdbc.sql("delete from holiday where day >= '2034-01-01' and day < '2035-01-01'").update();
    }

    @Test
    void shouldPublishANationalChangeFromItsDay(Scenario scenario) {
        scenario.stimulate(() -> nationalHolidays.add(ADMIN, new NationalHolidays.HolidayInput(
                        LocalDate.of(2034, 3, 1), Holiday.COLLECTIVE_LEAVE, "Cuti bersama uji", "SKB uji")))
                .andWaitForEventOfType(HolidaysChanged.class)
                .matching(changed -> changed.earliest().equals(LocalDate.of(2034, 3, 1)))
                .toArriveAndVerify(changed -> assertThat(changed.agencyCode()).isNull());
    }

    @Test
    void shouldPublishARegionalChangeWithItsAgency(Scenario scenario) {
        scenario.stimulate(() -> calendars.addRegionalHoliday(ADMIN, "pemda-32.73", LocalDate.of(2034, 9, 25),
                        "Hari jadi uji"))
                .andWaitForEventOfType(HolidaysChanged.class)
                .matching(changed -> "pemda-32.73".equals(changed.agencyCode()))
                .toArriveAndVerify(changed -> assertThat(changed.earliest()).isEqualTo(LocalDate.of(2034, 9, 25)));
    }
}
