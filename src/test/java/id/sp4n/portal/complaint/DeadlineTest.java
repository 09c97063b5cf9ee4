package id.sp4n.portal.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import id.sp4n.portal.complaint.handling.DeadlineWatch;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.support.ComplaintFormMother;
import id.sp4n.portal.support.MutableClock;
import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import id.sp4n.portal.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The clocks of domain.md with the clock moved by the test: working days across weekends and the Idul Fitri 2026
 * week, WIT against WIB, hold pausing the clocks, a forward restarting only the follow-up clock, the warning and
 * the escalation chain from a regency unit to the national desk, and auto-completion.
 */
@PortalTest
@Import(TestClock.class)
@RecordApplicationEvents
class DeadlineTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffMother staffMother;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationEvents events;

    @Autowired
    DeadlineWatch watch;

    @Autowired
    id.sp4n.portal.sla.WorkingDayCalendars calendars;

    CaseworkSteps steps;
    UserDetails cityHealth;
    UserDetails cityAdmin;
    UserDetails provinceAdmin;
    UserDetails nationalAdmin;

    @BeforeEach
    void setUp() {
        steps = new CaseworkSteps(mvc, jdbc, staffMother);
        cityHealth = steps.staff("tenggat.dinkes.bandung@sp4n.test", Role.OFFICER, "pemda-32.73/DINKES");
        cityAdmin = steps.staff("tenggat.admin.bandung@sp4n.test", Role.AGENCY_ADMIN, "pemda-32.73");
        provinceAdmin = steps.staff("tenggat.admin.jabar@sp4n.test", Role.AGENCY_ADMIN, "pemda-32");
        nationalAdmin = steps.staff("tenggat.admin.nasional@sp4n.test", Role.NATIONAL_ADMIN, "kemenpanrb");
        // Older complaints of other tests must not be swept along with this test's ones.
        jdbc.sql("update complaint set due_on = null, auto_complete_on = null, escalate_again_on = null").update();
    }

    /** 09:00 in Jakarta on that day. */
    private void at(String date) {
        clock.setMorningInJakarta(date);
    }

    private ComplaintFormMother healthComplaint(String regency) {
        return ComplaintFormMother.aHealthComplaint(regency, clock.todayInJakarta());
    }

    private LocalDate date(String number, String column) {
        return jdbc.sql("select " + column + " from complaint where tracking_number = ?").param(number)
                .query((rs, row) -> java.util.Optional.ofNullable(rs.getObject(1, LocalDate.class))).single()
                .orElse(null);
    }

    private List<String> audited(String number) {
        return steps.auditedActions(number);
    }

    /** Waits for a mail to the address whose subject names the complaint and contains the words. */
    private static String awaitMail(String address, String number, String words) {
        String display = new TrackingNumber(number).display();
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(() ->
                id.sp4n.portal.support.TestMail.to(address).stream().filter(m -> {
                    try {
                        return m.getSubject().contains(display) && m.getSubject().contains(words);
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                }).map(com.icegreen.greenmail.util.GreenMailUtil::getBody).toList(), l -> !l.isEmpty()).get(0);
    }

    @Test
    void shouldCountWorkingDaysAcrossTheIdulFitriWeek() throws Exception {
        at("2026-03-19");
        String number = steps.file(healthComplaint("32.73"), "pemda-32.73").number();
        // 20 March and 23–24 March are collective leave, 21–22 March Idul Fitri (and a weekend).
        assertThat(date(number, "due_on")).isEqualTo(LocalDate.parse("2026-03-27"));
        // Completion of a complaint: 14 working days, the whole week and Good Friday (3 April) not counted.
        assertThat(date(number, "completion_due_on")).isEqualTo(LocalDate.parse("2026-04-14"));
    }

    @Test
    void shouldUseTheHoldingAgencysTimeZone() throws Exception {
        // 23:30 in Jakarta on Monday is already Tuesday 01:30 in Jayapura.
        clock.set(Instant.parse("2026-11-30T16:30:00Z"));
        String west = steps.file(healthComplaint("32.73"), "pemda-32.73").number();
        String east = steps.file(healthComplaint("91.03"), "pemda-91.03").number();
        assertThat(steps.field(east, "current_agency_code", String.class)).isEqualTo("pemda-91.03/DINKES");
        assertThat(date(west, "due_on")).isEqualTo(LocalDate.parse("2026-12-03"));
        assertThat(date(east, "due_on")).isEqualTo(LocalDate.parse("2026-12-04"));
    }

    @Test
    void shouldPauseTheClocksWhileTheReporterIsAsked() throws Exception {
        at("2026-11-30");
        CaseworkSteps.Filed filed = steps.file(healthComplaint("32.73"), "pemda-32.73");
        assertThat(date(filed.number(), "due_on")).isEqualTo(LocalDate.parse("2026-12-03"));
        at("2026-12-01");
        steps.act(cityHealth, filed.number(), "tunda", "question", "Puskesmas yang mana?");
        assertThat(date(filed.number(), "due_on")).isNull();
        at("2026-12-07");
        steps.reporter(filed, "balas", "text", "Puskesmas Dago.");
        // Held from Tuesday to the next Monday: 4 working days do not count.
        assertThat(date(filed.number(), "due_on")).isEqualTo(LocalDate.parse("2026-12-09"));
        // Completion: 14 + 4 working days from filing; 24–25 December are off.
        assertThat(date(filed.number(), "completion_due_on")).isEqualTo(LocalDate.parse("2026-12-28"));
    }

    @Test
    void shouldRestartTheFollowUpClockButNotTheCompletionClockOnAForward() throws Exception {
        at("2026-11-30");
        String number = steps.file(healthComplaint("32.73"), "pemda-32.73").number();
        steps.act(cityHealth, number, "verifikasi", "type", "PENGADUAN", "categoryCode", "KESEHATAN-DASAR");
        assertThat(date(number, "due_on")).isEqualTo(LocalDate.parse("2026-12-07"));
        LocalDate completion = date(number, "completion_due_on");
        assertThat(completion).isEqualTo(LocalDate.parse("2026-12-18"));

        at("2026-12-04");
        steps.act(cityHealth, number, "teruskan", "target", "pemda-32.73/DISDIK", "reason", "Puskesmas sekolah.");
        assertThat(date(number, "due_on")).isEqualTo(LocalDate.parse("2026-12-09"));
        assertThat(date(number, "completion_due_on")).isEqualTo(completion);
    }

    @Test
    void shouldSayTodayWhenTheWarningComesOnTheLastDay() throws Exception {
        at("2026-11-30");
        String number = steps.file(healthComplaint("32.73"), "pemda-32.73").number();
        assertThat(date(number, "due_on")).isEqualTo(LocalDate.parse("2026-12-03"));

        // No sweep ran on the day before (say, every instance was down): the warning comes on the due day itself.
        at("2026-12-03");
        watch.sweep();
        assertThat(audited(number)).containsExactly("WARNING");
        assertThat(awaitMail("tenggat.dinkes.bandung@sp4n.test", number, "hari ini")).contains("berakhir hari ini");
    }

    @Test
    void shouldWarnThenEscalateFromTheRegencyUnitUpToTheNationalDesk() throws Exception {
        at("2026-11-30");
        String number = steps.file(healthComplaint("32.73"), "pemda-32.73").number();
        assertThat(steps.field(number, "current_agency_code", String.class)).isEqualTo("pemda-32.73/DINKES");
        assertThat(date(number, "due_on")).isEqualTo(LocalDate.parse("2026-12-03"));

        at("2026-12-01");
        watch.sweep();
        assertThat(audited(number)).isEmpty();

        at("2026-12-02");
        watch.sweep();
        watch.sweep();
        assertThat(audited(number)).containsExactly("WARNING");
        assertThat(awaitMail("tenggat.dinkes.bandung@sp4n.test", number, "pada hari kerja berikutnya"))
                .contains("/petugas/laporan/" + number);

        at("2026-12-04");
        watch.sweep();
        watch.sweep();
        assertThat(audited(number)).containsExactly("WARNING", "ESCALATION");
        assertThat(steps.field(number, "escalated_to_code", String.class)).isEqualTo("pemda-32.73");
        assertThat(awaitMail("tenggat.admin.bandung@sp4n.test", number, "Eskalasi")).contains("Pemerintah Kota Bandung");
        mvc.perform(get("/petugas/eskalasi").with(user(cityAdmin)))
                .andExpect(content().string(containsString("data-tracking-number=\"" + number + "\"")));
        mvc.perform(get("/petugas/eskalasi").with(user(provinceAdmin)))
                .andExpect(content().string(not(containsString(number))));

        at("2026-12-09");
        watch.sweep();
        assertThat(steps.field(number, "escalation_level", Integer.class)).isEqualTo(1);
        DeadlineReached escalated = events.stream(DeadlineReached.class)
                .filter(e -> e.trackingNumber().equals(number) && e.kind() == DeadlineReached.Kind.ESCALATION)
                .reduce((first, second) -> second).orElseThrow();
        assertThat(escalated.complaint().escalationLevel()).isEqualTo(1);
        assertThat(escalated.complaint().agencyCode()).isEqualTo("pemda-32.73/DINKES");
        assertThat(escalated.complaint().categoryCode()).isEqualTo("KESEHATAN-DASAR");
        // Filed Monday 30 November, escalated on Friday 4 December: 4 working days later.
        assertThat(escalated.complaint().workingDaysSinceSubmission()).isEqualTo(4);
        at("2026-12-10");
        watch.sweep();
        assertThat(steps.field(number, "escalated_to_code", String.class)).isEqualTo("pemda-32");
        mvc.perform(get("/petugas/eskalasi").with(user(provinceAdmin)))
                .andExpect(content().string(containsString("data-tracking-number=\"" + number + "\"")));

        at("2026-12-16");
        watch.sweep();
        assertThat(steps.field(number, "escalated_to_code", String.class)).isEqualTo("kemenpanrb");
        assertThat(steps.field(number, "escalation_level", Integer.class)).isEqualTo(3);
        at("2027-01-29");
        watch.sweep();
        assertThat(audited(number)).containsExactly("WARNING", "ESCALATION", "ESCALATION", "ESCALATION");
        mvc.perform(get("/petugas/eskalasi").with(user(nationalAdmin)))
                .andExpect(content().string(containsString("data-tracking-number=\"" + number + "\"")));

        // Everyone sees the escalations on the public trail; the holder still holds it.
        mvc.perform(get("/lacak/" + number))
                .andExpect(content().string(containsString("dieskalasi ke Pemerintah Kota Bandung")))
                .andExpect(content().string(containsString("dieskalasi ke Pemerintah Provinsi Jawa Barat")));
        assertThat(steps.field(number, "current_agency_code", String.class)).isEqualTo("pemda-32.73/DINKES");

        // Acting ends the escalation: verified, the follow-up clock runs and the queue is clear again.
        steps.act(cityHealth, number, "verifikasi", "type", "PENGADUAN", "categoryCode", "KESEHATAN-DASAR");
        assertThat(steps.field(number, "escalation_level", Integer.class)).isZero();
    }

    @Test
    void shouldCompleteAResponseTheReporterDoesNotAnswerWithinTenWorkingDays() throws Exception {
        at("2026-11-30");
        String email = "selesai-" + java.util.UUID.randomUUID() + "@example.id";
        String number = steps.file(healthComplaint("32.73").with("email", email), "pemda-32.73").number();
        steps.act(cityHealth, number, "verifikasi", "type", "PENGADUAN", "categoryCode", "KESEHATAN-DASAR");
        steps.act(cityHealth, number, "tanggapan", "text", "Jam pelayanan puskesmas sudah kami tertibkan.");
        assertThat(date(number, "auto_complete_on")).isEqualTo(LocalDate.parse("2026-12-14"));

        at("2026-12-14");
        watch.sweep();
        assertThat(steps.field(number, "status", String.class)).isEqualTo("RESPONDED");
        at("2026-12-15");
        watch.sweep();
        assertThat(steps.field(number, "status", String.class)).isEqualTo("COMPLETED");
        assertThat(audited(number)).endsWith("AUTO_COMPLETION");
        assertThat(awaitMail(email, number, "selesai")).contains("tidak ada balasan dalam 10 hari kerja");
    }

    @Test
    void shouldLetTheReporterHandAnUnresolvedComplaintToTheOmbudsmanAfterSixtyWorkingDays() throws Exception {
        at("2026-11-30");
        CaseworkSteps.Filed filed = steps.file(healthComplaint("32.73"), "pemda-32.73");
        LocalDate sixtieth = calendars.forAgency("pemda-32.73/DINKES")
                .addWorkingDays(LocalDate.parse("2026-11-30"), 60);
        UserDetails ombudsman = steps.staff("tenggat.ombudsman@sp4n.test", Role.OVERSIGHT, "ombudsman");

        at(sixtieth.minusDays(1).toString());
        mvc.perform(get("/lacak/" + filed.number()).param("kunci", filed.key()))
                .andExpect(content().string(not(containsString("Teruskan ke Ombudsman"))));
        steps.reporter(filed, "ombudsman").andExpect(
                org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isConflict());

        at(sixtieth.toString());
        mvc.perform(get("/lacak/" + filed.number()).param("kunci", filed.key()))
                .andExpect(content().string(containsString("Teruskan ke Ombudsman")));
        steps.reporter(filed, "ombudsman").andExpect(
                org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is3xxRedirection());
        steps.reporter(filed, "ombudsman").andExpect(
                org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isConflict());

        mvc.perform(get("/petugas/ombudsman").with(user(ombudsman)))
                .andExpect(content().string(containsString("data-tracking-number=\"" + filed.number() + "\"")));
        mvc.perform(get("/petugas/laporan/" + filed.number()).with(user(ombudsman)))
                .andExpect(content().string(containsString("Diteruskan ke Ombudsman")))
                .andExpect(content().string(containsString("Puskesmas di kelurahan kami")));
        mvc.perform(get("/petugas/ombudsman").with(user(cityHealth)))
                .andExpect(content().string(not(containsString(filed.number()))));
        mvc.perform(get("/lacak/" + filed.number()))
                .andExpect(content().string(containsString("meneruskan laporan ke Ombudsman")));
    }
}
