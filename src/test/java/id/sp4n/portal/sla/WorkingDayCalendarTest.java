package id.sp4n.portal.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;

import id.sp4n.portal.shared.CsvFile;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private static final Set<LocalDate> HOLIDAYS_2026 = CsvFile.readClasspath("data/holidays.csv").stream()
            .map(row -> LocalDate.parse(row.get("date"))).collect(Collectors.toSet());

    private final WorkingDayCalendar jakarta = new WorkingDayCalendar(ZoneId.of("Asia/Jakarta"), HOLIDAYS_2026);

    @Test
    void shouldTreatTheIdulFitriWeekAsHolidays() {
        // Nyepi 18-19 March, Idul Fitri collective leave and holidays 20-24 March 2026.
        for (int day = 18; day <= 24; day++) {
            assertThat(jakarta.isWorkingDay(LocalDate.of(2026, 3, day))).as("March %d", day).isFalse();
        }
        assertThat(jakarta.isWorkingDay(LocalDate.of(2026, 3, 17))).isTrue();
        assertThat(jakarta.isWorkingDay(LocalDate.of(2026, 3, 25))).isTrue();
    }

    @Test
    void shouldKnowTheFixedDateNationalHolidaysOfEveryYearWithoutLoadingThem() {
        WorkingDayCalendar nothingLoaded = new WorkingDayCalendar(ZoneId.of("Asia/Jakarta"), Set.of());
        // 2027: New Year is a Friday, Pancasila Day and Independence Day fall on Tuesdays.
        assertThat(nothingLoaded.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(nothingLoaded.isWorkingDay(LocalDate.of(2027, 6, 1))).isFalse();
        assertThat(nothingLoaded.isWorkingDay(LocalDate.of(2027, 8, 17))).isFalse();
        assertThat(nothingLoaded.isWorkingDay(LocalDate.of(2029, 5, 1))).isFalse();
        assertThat(nothingLoaded.isWorkingDay(LocalDate.of(2029, 12, 25))).isFalse();
        // Nothing else is guessed: Idul Fitri 2027 is not known until it is loaded.
        assertThat(nothingLoaded.isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
        assertThat(nothingLoaded.isWorkingDay(LocalDate.of(2027, 3, 10))).isTrue();
        // Across the new year: Thursday 31 December 2026 + 1 working day is Monday 4 January 2027.
        assertThat(nothingLoaded.addWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void shouldJumpOverIdulFitriWhenAddingWorkingDays() {
        // Received Tuesday 17 March: the 3-day verification limit ends Friday 27 March, not Friday 20 March.
        assertThat(jakarta.addWorkingDays(LocalDate.of(2026, 3, 17), 1)).isEqualTo(LocalDate.of(2026, 3, 25));
        assertThat(jakarta.addWorkingDays(LocalDate.of(2026, 3, 17), 3)).isEqualTo(LocalDate.of(2026, 3, 27));
        // 14 working days from Monday 16 March end on Monday 13 April (Good Friday 3 April is a holiday too).
        assertThat(jakarta.addWorkingDays(LocalDate.of(2026, 3, 16), 14)).isEqualTo(LocalDate.of(2026, 4, 13));
    }

    @Test
    void shouldCountWorkingDaysBetweenDatesAcrossTheHolidays() {
        assertThat(jakarta.workingDaysBetween(LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 25))).isEqualTo(1);
        assertThat(jakarta.workingDaysBetween(LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 27))).isEqualTo(5);
        assertThat(jakarta.workingDaysBetween(LocalDate.of(2026, 3, 27), LocalDate.of(2026, 3, 13))).isEqualTo(-5);
        assertThat(jakarta.workingDaysBetween(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 20))).isZero();
    }

    @Test
    void shouldBeTheInverseOfAddingWorkingDays() {
        LocalDate start = LocalDate.of(2026, 3, 1);
        for (int days = 0; days <= 60; days++) {
            assertThat(jakarta.workingDaysBetween(start, jakarta.addWorkingDays(start, days))).isEqualTo(days);
        }
    }

    @Test
    void shouldSkipWeekends() {
        LocalDate friday = LocalDate.of(2026, 11, 20);
        assertThat(jakarta.isWorkingDay(friday.plusDays(1))).isFalse();
        assertThat(jakarta.isWorkingDay(friday.plusDays(2))).isFalse();
        assertThat(jakarta.addWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void shouldDecideTheDayInTheAgencysOwnTimeZone() {
        WorkingDayCalendar jayapura = new WorkingDayCalendar(ZoneId.of("Asia/Jayapura"), HOLIDAYS_2026);
        // 16:30 UTC on Friday 20 November is still Friday in Jakarta (23:30) but Saturday in Jayapura (01:30).
        Instant lateFriday = Instant.parse("2026-11-20T16:30:00Z");
        assertThat(jakarta.isWorkingDay(lateFriday)).isTrue();
        assertThat(jayapura.isWorkingDay(lateFriday)).isFalse();
        // A Thursday-night arrival in Jakarta is already Friday in Jayapura, so a one-day limit ends on
        // Friday (WIB) there but on Monday (WIT) here.
        Instant lateThursday = Instant.parse("2026-11-19T16:30:00Z");
        assertThat(jakarta.deadline(lateThursday, 1)).isEqualTo(Instant.parse("2026-11-20T17:00:00Z"));
        assertThat(jayapura.deadline(lateThursday, 1)).isEqualTo(Instant.parse("2026-11-23T15:00:00Z"));
    }

    @Test
    void shouldRejectNegativeDayCounts() {
        assertThatThrownBy(() -> jakarta.addWorkingDays(LocalDate.of(2026, 1, 5), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldMapProvincesToTheirTimeZones() {
        assertThat(IndonesianTimeZone.ofProvince("32")).isEqualTo(IndonesianTimeZone.WIB);
        assertThat(IndonesianTimeZone.ofProvince("61")).isEqualTo(IndonesianTimeZone.WIB);
        assertThat(IndonesianTimeZone.ofProvince("51")).isEqualTo(IndonesianTimeZone.WITA);
        assertThat(IndonesianTimeZone.ofProvince("64")).isEqualTo(IndonesianTimeZone.WITA);
        assertThat(IndonesianTimeZone.ofProvince("76")).isEqualTo(IndonesianTimeZone.WITA);
        assertThat(IndonesianTimeZone.ofProvince("81")).isEqualTo(IndonesianTimeZone.WIT);
        assertThat(IndonesianTimeZone.ofProvince("96")).isEqualTo(IndonesianTimeZone.WIT);
        assertThat(IndonesianTimeZone.ofProvince(null)).isEqualTo(IndonesianTimeZone.WIB);
    }
}
