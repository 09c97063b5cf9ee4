package id.sp4n.portal.statistics;

import static id.sp4n.portal.support.ComplaintFormMother.aHealthComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import id.sp4n.portal.complaint.CaseworkSteps;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.support.MutableClock;
import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import id.sp4n.portal.support.TestClock;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Working days as the figures count them, worked out by hand: in the holder's calendar (national holidays count),
 * in the holder's time zone (a complaint filed just after midnight in Papua or Bali was filed on the next day there),
 * while the period a public page shows is by the date in Western Indonesia Time. Through the real use cases.
 */
@PortalTest
@Import(TestClock.class)
class StatisticsWorkingDaysTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffMother staffMother;

    @Autowired
    MutableClock clock;

    private Integer recorded(String number, String column) {
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "select " + column + " is not null from stat_complaint where tracking_number = ?")
                .param(number).query(Boolean.class).optional().orElse(false));
        return jdbc.sql("select " + column + " from stat_complaint where tracking_number = ?").param(number)
                .query(Integer.class).single();
    }

    @Test
    void shouldLeaveNationalHolidaysOutOfTheWorkingDays() throws Exception {
        CaseworkSteps steps = new CaseworkSteps(mvc, jdbc, staffMother);
        UserDetails officer = steps.staff("hari.kerja.dinkes.bandung@sp4n.test", Role.OFFICER, "pemda-32.73/DINKES");
        clock.set(Instant.parse("2026-08-14T02:00:00Z"));                    // Friday 14 August, 09:00 WIB
        CaseworkSteps.Filed filed = steps.file(aHealthComplaint("32.73", clock.todayInJakarta()), "pemda-32.73");

        clock.set(Instant.parse("2026-08-18T02:00:00Z"));                    // Tuesday, after Monday 17 August
        steps.act(officer, filed.number(), "verifikasi", "type", "PENGADUAN", "categoryCode", "KESEHATAN-DASAR");
        // Saturday, Sunday and Independence Day are no working days: only Tuesday counts.
        assertThat(recorded(filed.number(), "verified_days")).isEqualTo(1);

        clock.set(Instant.parse("2026-08-26T02:00:00Z"));                    // Wednesday, after Maulid on the 25th
        steps.act(officer, filed.number(), "tanggapan", "text", "Puskesmas kini buka penuh sesuai jadwal.");
        // 18, 19, 20, 21, 24 and 26 August.
        assertThat(recorded(filed.number(), "responded_days")).isEqualTo(6);
    }

    @Test
    void shouldCountInTheHoldersTimeZoneAndShowThePeriodInWesternIndonesiaTime() throws Exception {
        CaseworkSteps steps = new CaseworkSteps(mvc, jdbc, staffMother);
        UserDetails jayapura = steps.staff("hari.kerja.dinkes.jayapura@sp4n.test", Role.OFFICER, "pemda-91.71/DINKES");
        UserDetails denpasar = steps.staff("hari.kerja.dinkes.denpasar@sp4n.test", Role.OFFICER, "pemda-51.71/DINKES");
        // Thursday 3 September 2026, 22:30 WIB: already Friday in Papua (00:30 WIT) …
        clock.set(Instant.parse("2026-09-03T15:30:00Z"));
        CaseworkSteps.Filed papua = steps.file(aHealthComplaint("91.71", clock.todayInJakarta()), "pemda-91.71");
        // … and, an hour later, Friday in Bali too (00:30 WITA).
        clock.set(Instant.parse("2026-09-03T16:30:00Z"));
        CaseworkSteps.Filed bali = steps.file(aHealthComplaint("51.71", clock.todayInJakarta()), "pemda-51.71");

        clock.set(Instant.parse("2026-09-07T01:00:00Z"));                    // Monday, 10:00 WIT, 09:00 WITA
        steps.act(jayapura, papua.number(), "verifikasi", "type", "PENGADUAN", "categoryCode", "KESEHATAN-DASAR");
        steps.act(denpasar, bali.number(), "verifikasi", "type", "PENGADUAN", "categoryCode", "KESEHATAN-DASAR");
        // Filed on Friday where they are held, so only Monday counts; in WIB, filed on Thursday, it would be two.
        assertThat(recorded(papua.number(), "verified_days")).isEqualTo(1);
        assertThat(recorded(bali.number(), "verified_days")).isEqualTo(1);

        // The national reference for periods is WIB: both were received on 3 September.
        assertThat(received("/statistik/instansi/pemda-91.71?dari=2026-09-03&sampai=2026-09-03")).isEqualTo("1");
        assertThat(received("/statistik/instansi/pemda-91.71?dari=2026-09-04&sampai=2026-09-04")).isEqualTo("0");
        assertThat(received("/statistik/instansi/pemda-51.71?dari=2026-09-03&sampai=2026-09-03")).isEqualTo("1");
    }

    private String received(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).selectFirst("[data-figure=received] td").text();
    }
}
