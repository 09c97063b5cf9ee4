package id.sp4n.portal.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import id.sp4n.portal.identity.Role;
import id.sp4n.portal.sla.WorkingDayCalendars;
import id.sp4n.portal.support.ComplaintFormMother;
import id.sp4n.portal.support.MutableClock;
import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import id.sp4n.portal.support.TestClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Deadlines and the national holidays the national admin keeps: a limit across the new year without next year's
 * holidays is provisional (and the admins are warned) until the year is loaded, which moves it and says so on the
 * complaint's record; a holiday added, changed or removed later moves the open limits it touches, and only those.
 */
@PortalTest
@Import(TestClock.class)
class HolidayDeadlinesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffMother staffMother;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    WorkingDayCalendars calendars;

    CaseworkSteps steps;
    UserDetails cityHealth;
    UserDetails nationalAdmin;
    UserDetails cityAdmin;

    @BeforeEach
    void setUp() {
        steps = new CaseworkSteps(mvc, jdbc, staffMother);
        cityHealth = steps.staff("libur.dinkes.bandung@sp4n.test", Role.OFFICER, "pemda-32.73/DINKES");
        cityAdmin = steps.staff("libur.admin.bandung.tenggat@sp4n.test", Role.AGENCY_ADMIN, "pemda-32.73");
        nationalAdmin = steps.staff("libur.admin.nasional@sp4n.test", Role.NATIONAL_ADMIN, "kemenpanrb");
        // Other tests' complaints must not be recomputed along with this test's ones.
        jdbc.sql("update complaint set due_on = null, completion_due_on = null, auto_complete_on = null").update();
    }

    @AfterEach
    void removeTestHolidays() {
        awaitRecalculations();
        jdbc.sql("delete from holiday where agency_code is null and (day >= '2027-01-01' or name like '%uji%')").update();
        jdbc.sql("delete from holiday where agency_code = 'pemda-32.01'").update();
        calendars.checkForChanges();
    }

    /** Every holiday change has been worked through by the listeners. */
    private void awaitRecalculations() {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                        select count(*) from event_publication
                         where completion_date is null and event_type like '%HolidaysChanged'""")
                .query(Long.class).single() == 0);
    }

    private void at(String date) {
        clock.setMorningInJakarta(date);
    }

    private ComplaintFormMother healthComplaint() {
        return ComplaintFormMother.aHealthComplaint("32.73", clock.todayInJakarta());
    }

    private LocalDate date(String number, String column) {
        return steps.field(number, column, LocalDate.class);
    }

    private List<String> movedLimits(String number) {
        return jdbc.sql("""
                        select e.body from complaint_entry e join complaint c on c.id = e.complaint_id
                         where c.tracking_number = ? and e.kind = 'DEADLINE_MOVED' order by e.id""")
                .param(number).query(String.class).list();
    }

    private Document page(String url, UserDetails who) throws Exception {
        var request = get(url);
        if (who != null) {
            request.with(user(who));
        }
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    @Test
    void shouldMarkALimitInAYearWithoutHolidaysProvisionalUntilTheAdminLoadsItAndThenMoveIt() throws Exception {
        at("2026-12-30");
        CaseworkSteps.Filed filed = steps.file(healthComplaint(), "pemda-32.73");
        String number = filed.number();
        // 1 January is a fixed-date holiday in every year, loaded or not; nothing else of 2027 is known yet.
        assertThat(date(number, "due_on")).isEqualTo(LocalDate.parse("2027-01-05"));
        assertThat(date(number, "completion_due_on")).isEqualTo(LocalDate.parse("2027-01-20"));

        String tracking = "/lacak/" + number + "?kunci=" + filed.key();
        assertThat(page(tracking, null).select("[data-provisional]").text()).contains("2027", "belum dimuat");
        assertThat(page("/lacak/" + number, null).select("[data-provisional]")).hasSize(1);
        assertThat(page("/petugas/laporan/" + number, cityHealth).select("[data-provisional]")).hasSize(1);
        assertThat(page("/petugas", cityHealth).select("tr[data-tracking-number=" + number + "] [data-provisional]"))
                .hasSize(1);
        assertThat(page("/admin", nationalAdmin).select("[data-calendar-warning]").text()).contains("2027");
        assertThat(page("/admin", nationalAdmin).select("[data-calendar-warning] a").attr("href"))
                .isEqualTo("/admin/libur-nasional?year=2027");
        assertThat(page("/petugas", cityAdmin).select("[data-calendar-warning]").text()).contains("2027");
        assertThat(page("/petugas", cityHealth).select("[data-calendar-warning]")).isEmpty();

        byte[] csv = new ClassPathResource("holidays/libur-2027-uji.csv").getContentAsByteArray();
        mvc.perform(multipart("/admin/libur-nasional/impor")
                        .file(new MockMultipartFile("file", "libur-2027.csv", "text/csv", csv))
                        .param("year", "2027").with(user(nationalAdmin)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        // 5 January 2027 is a holiday in the loaded year: both limits move one working day.
        await().atMost(Duration.ofSeconds(15))
                .until(() -> LocalDate.parse("2027-01-06").equals(date(number, "due_on")));
        assertThat(date(number, "completion_due_on")).isEqualTo(LocalDate.parse("2027-01-21"));
        awaitRecalculations();
        assertThat(movedLimits(number))
                .containsExactly("due_on 2027-01-05 2027-01-06;completion_due_on 2027-01-20 2027-01-21");

        Document after = page(tracking, null);
        assertThat(after.select("[data-provisional]")).isEmpty();
        assertThat(after.select("[data-deadline-shift]").eachText()).containsExactly(
                "Batas waktu tindak lanjut bergeser dari 5 Januari 2027 ke 6 Januari 2027 karena perubahan hari libur.",
                "Batas waktu penyelesaian bergeser dari 20 Januari 2027 ke 21 Januari 2027 karena perubahan hari libur.");
        assertThat(page("/lacak/" + number, null).select("[data-deadline-shift]")).hasSize(2);
        assertThat(page("/petugas/laporan/" + number, cityHealth).select("[data-kind=DEADLINE_MOVED]")).hasSize(1);
        assertThat(page("/admin", nationalAdmin).select("[data-calendar-warning]")).isEmpty();
        assertThat(steps.auditedActions(number)).contains("DEADLINE_MOVED");

        // A second delivery of the same change finds the limits right and records nothing more.
        mvc.perform(multipart("/admin/libur-nasional/impor")
                        .file(new MockMultipartFile("file", "libur-2027.csv", "text/csv", csv))
                        .param("year", "2027").with(user(nationalAdmin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        awaitRecalculations();
        assertThat(movedLimits(number)).hasSize(1);
    }

    @Test
    void shouldMoveAnOpenLimitWhenAHolidayIsAddedChangedOrRemovedLater() throws Exception {
        at("2026-12-01");
        CaseworkSteps.Filed filed = steps.file(healthComplaint(), "pemda-32.73");
        String number = filed.number();
        assertThat(date(number, "due_on")).isEqualTo(LocalDate.parse("2026-12-04"));

        mvc.perform(post("/admin/libur-nasional").with(user(nationalAdmin)).with(csrf())
                        .param("day", "2026-12-03").param("kind", "COLLECTIVE_LEAVE")
                        .param("name", "Cuti bersama uji").param("legalBasis", "SKB uji No. 2/2026"))
                .andExpect(status().is3xxRedirection());
        await().atMost(Duration.ofSeconds(15))
                .until(() -> LocalDate.parse("2026-12-07").equals(date(number, "due_on")));
        awaitRecalculations();
        assertThat(movedLimits(number)).first().asString().startsWith("due_on 2026-12-04 2026-12-07");
        assertThat(page("/lacak/" + number + "?kunci=" + filed.key(), null).select("[data-deadline-shift]").text())
                .contains("bergeser dari 4 Desember 2026 ke 7 Desember 2026");

        long id = jdbc.sql("select id from holiday where agency_code is null and day = '2026-12-03'")
                .query(Long.class).single();
        mvc.perform(post("/admin/libur-nasional/{id}", id).with(user(nationalAdmin)).with(csrf())
                        .param("day", "2026-12-02").param("kind", "COLLECTIVE_LEAVE")
                        .param("name", "Cuti bersama uji").param("legalBasis", "SKB uji No. 2/2026 (ralat)"))
                .andExpect(status().is3xxRedirection());
        awaitRecalculations();
        assertThat(date(number, "due_on")).isEqualTo(LocalDate.parse("2026-12-07"));

        // A regional holiday elsewhere moves nothing here.
        mvc.perform(post("/admin/libur").with(user(nationalAdmin)).with(csrf()).param("agency", "pemda-32.01")
                        .param("day", "2026-12-04").param("name", "Hari jadi uji"))
                .andExpect(status().is3xxRedirection());
        awaitRecalculations();
        assertThat(date(number, "due_on")).isEqualTo(LocalDate.parse("2026-12-07"));

        mvc.perform(post("/admin/libur-nasional/{id}/hapus", id).with(user(nationalAdmin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        await().atMost(Duration.ofSeconds(15))
                .until(() -> LocalDate.parse("2026-12-04").equals(date(number, "due_on")));
        awaitRecalculations();
        assertThat(movedLimits(number)).hasSize(2).last().asString().startsWith("due_on 2026-12-07 2026-12-04");
        assertThat(jdbc.sql("""
                        select action from audit_log where object_type = 'holiday' and object_id = '2026'
                           and coalesce(after_state, before_state) ->> 'name' = 'Cuti bersama uji' order by id""")
                .query(String.class).list())
                .containsExactly("NATIONAL_HOLIDAY_ADD", "NATIONAL_HOLIDAY_EDIT", "NATIONAL_HOLIDAY_REMOVE");
    }
}
