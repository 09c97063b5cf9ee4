package id.sp4n.portal.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sp4n.portal.support.PortalTest;
import java.time.LocalDate;
import java.time.ZoneId;

import id.sp4n.portal.audit.AuditLog;
import id.sp4n.portal.shared.InvalidRequestException;
import id.sp4n.portal.shared.RecordNotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not in a rolled-back test transaction: calendars are cached from committed holidays only, which is what every
 * other instance sees too. The regional holidays added here are removed after each test.
 */
@PortalTest
class WorkingDayCalendarsTest {

    private static final AuditLog.Actor SYSTEM = AuditLog.Actor.system();

    @Autowired
    WorkingDayCalendars calendars;

    @Autowired
    JdbcClient jdbc;

    @org.junit.jupiter.api.AfterEach
    void removeRegionalHolidays() {
        jdbc.sql("delete from holiday where agency_code in ('pemda-32', 'pemda-32.73')").update();
    }

    @Test
    void shouldUseTheTimeZoneOfTheAgencysProvince() {
        assertThat(calendars.forAgency("pemda-32.73/DINKES").zone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
        assertThat(calendars.forAgency("pemda-51").zone()).isEqualTo(ZoneId.of("Asia/Makassar"));
        assertThat(calendars.forAgency("pemda-91.71").zone()).isEqualTo(ZoneId.of("Asia/Jayapura"));
        assertThat(calendars.forAgency("kemenkes").zone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
    }

    @Test
    void shouldApplyNationalHolidaysToEveryAgency() {
        LocalDate independenceDay = LocalDate.of(2026, 8, 17);
        assertThat(calendars.forAgency("pln").isWorkingDay(independenceDay)).isFalse();
        assertThat(calendars.forAgency("pemda-94").isWorkingDay(independenceDay)).isFalse();
    }

    @Test
    void shouldApplyARegionalHolidayToTheAgencyAndEverythingBelowIt() {
        LocalDate anniversary = LocalDate.of(2026, 9, 25);
        calendars.addRegionalHoliday(SYSTEM, "pemda-32.73", anniversary, "Hari Jadi Kota Bandung");

        assertThat(calendars.forAgency("pemda-32.73").isWorkingDay(anniversary)).isFalse();
        assertThat(calendars.forAgency("pemda-32.73/DISDIK").isWorkingDay(anniversary)).isFalse();
        assertThat(calendars.forAgency("pemda-32").isWorkingDay(anniversary)).isTrue();
        assertThat(calendars.forAgency("pemda-32.04").isWorkingDay(anniversary)).isTrue();

        jdbc.sql("delete from holiday where agency_code = 'pemda-32.73'").update();
        // Another instance's change (here: a direct delete) is seen within a second.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(3))
                .until(() -> calendars.forAgency("pemda-32.73").isWorkingDay(anniversary));
    }

    @Test
    void shouldRefuseAHolidayWithoutANameOrOnADayThatHasOne() {
        LocalDate day = LocalDate.of(2026, 10, 1);
        assertThatThrownBy(() -> calendars.addRegionalHoliday(SYSTEM, "pemda-32", day, " "))
                .isInstanceOf(InvalidRequestException.class);
        calendars.addRegionalHoliday(SYSTEM, "pemda-32", day, "Hari jadi");
        assertThatThrownBy(() -> calendars.addRegionalHoliday(SYSTEM, "pemda-32", day, "Lagi"))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> calendars.addRegionalHoliday(SYSTEM, "pemda-99", day, "Tidak ada"))
                .isInstanceOf(RecordNotFoundException.class);
    }
}
