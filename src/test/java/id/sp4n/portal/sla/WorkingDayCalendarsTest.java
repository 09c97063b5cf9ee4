package id.sp4n.portal.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;

import id.sp4n.portal.shared.InvalidRequestException;
import id.sp4n.portal.shared.RecordNotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class WorkingDayCalendarsTest {

    @Autowired
    WorkingDayCalendars calendars;

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
        calendars.addRegionalHoliday("pemda-32.73", anniversary, "Hari Jadi Kota Bandung");

        assertThat(calendars.forAgency("pemda-32.73").isWorkingDay(anniversary)).isFalse();
        assertThat(calendars.forAgency("pemda-32.73/DISDIK").isWorkingDay(anniversary)).isFalse();
        assertThat(calendars.forAgency("pemda-32").isWorkingDay(anniversary)).isTrue();
        assertThat(calendars.forAgency("pemda-32.04").isWorkingDay(anniversary)).isTrue();
    }

    @Test
    void shouldRefuseAHolidayWithoutANameOrOnADayThatHasOne() {
        LocalDate day = LocalDate.of(2026, 10, 1);
        assertThatThrownBy(() -> calendars.addRegionalHoliday("pemda-32", day, " "))
                .isInstanceOf(InvalidRequestException.class);
        calendars.addRegionalHoliday("pemda-32", day, "Hari jadi");
        assertThatThrownBy(() -> calendars.addRegionalHoliday("pemda-32", day, "Lagi"))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> calendars.addRegionalHoliday("pemda-99", day, "Tidak ada"))
                .isInstanceOf(RecordNotFoundException.class);
    }
}
