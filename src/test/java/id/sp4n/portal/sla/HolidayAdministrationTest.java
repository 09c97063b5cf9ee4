package id.sp4n.portal.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import java.time.LocalDate;

import id.sp4n.portal.identity.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Regional holidays through the administration page: who may add them, bad input, and the calendar using them. */
@PortalTest
class HolidayAdministrationTest {

    private static final LocalDate ANNIVERSARY = LocalDate.of(2030, 9, 25);

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffMother staffMother;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkingDayCalendars calendars;

    @AfterEach
    void removeRegionalHolidays() {
        jdbc.sql("delete from holiday where agency_code is not null and day >= '2030-01-01'").update();
    }

    private UserDetails staff(String email, Role role, String agency) {
        return staffMother.staff(email, role, agency);
    }

    private MockHttpServletRequestBuilder add(UserDetails who, String agency, String day, String name) {
        return post("/admin/libur").with(user(who)).with(csrf()).param("agency", agency).param("day", day)
                .param("name", name);
    }

    @Test
    void shouldLetAnAgencyAdminAddHolidaysInsideTheirSubtreeOnly() throws Exception {
        UserDetails cityAdmin = staff("libur.admin.bandung@sp4n.test", Role.AGENCY_ADMIN, "pemda-32.73");
        UserDetails officer = staff("libur.petugas.bandung@sp4n.test", Role.OFFICER, "pemda-32.73");

        mvc.perform(add(cityAdmin, "pemda-32", ANNIVERSARY.toString(), "Hari Jadi"))
                .andExpect(status().isForbidden());
        mvc.perform(add(officer, "pemda-32.73", ANNIVERSARY.toString(), "Hari Jadi"))
                .andExpect(status().isForbidden());
        mvc.perform(add(cityAdmin, "pemda-32.73", "25-09-2030", "Hari Jadi"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("TTTT-BB-HH")));
        mvc.perform(add(cityAdmin, "pemda-32.73", ANNIVERSARY.toString(), " "))
                .andExpect(status().isBadRequest());
        assertThat(calendars.forAgency("pemda-32.73/DINKES").isWorkingDay(ANNIVERSARY)).isTrue();

        mvc.perform(add(cityAdmin, "pemda-32.73", ANNIVERSARY.toString(), "Hari Jadi Kota Bandung"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(add(cityAdmin, "pemda-32.73", ANNIVERSARY.toString(), "Lagi"))
                .andExpect(status().isBadRequest());
        assertThat(calendars.forAgency("pemda-32.73/DINKES").isWorkingDay(ANNIVERSARY)).isFalse();
        assertThat(calendars.forAgency("pemda-32.04").isWorkingDay(ANNIVERSARY)).isTrue();
        mvc.perform(get("/admin/libur").with(user(officer)).param("agency", "pemda-32.73/DINKES").param("year", "2030"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hari Jadi Kota Bandung")));
        mvc.perform(get("/admin/libur").with(user(officer)).param("year", "2026"))
                .andExpect(content().string(containsString("Idul Fitri 1447 H")))
                .andExpect(content().string(containsString("Libur nasional")));
    }

    @Test
    void shouldLetTheAdminRemoveAMistakenHolidayAndAuditBoth() throws Exception {
        UserDetails cityAdmin = staff("libur.admin.bandung@sp4n.test", Role.AGENCY_ADMIN, "pemda-32.73");
        UserDetails otherCityAdmin = staff("libur.admin.bogor@sp4n.test", Role.AGENCY_ADMIN, "pemda-32.01");
        mvc.perform(add(cityAdmin, "pemda-32.73", ANNIVERSARY.toString(), "x".repeat(201)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("paling panjang 200 karakter")));
        mvc.perform(add(cityAdmin, "pemda-32.73", ANNIVERSARY.toString(), "Hari Jadi Kota Bandung (salah tanggal)"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from holiday where agency_code = 'pemda-32.73' and day = ?").param(ANNIVERSARY)
                .query(Long.class).single();
        long nationalHoliday = jdbc.sql("select min(id) from holiday where agency_code is null").query(Long.class)
                .single();
        assertThat(calendars.forAgency("pemda-32.73").isWorkingDay(ANNIVERSARY)).isFalse();

        mvc.perform(post("/admin/libur/{id}/hapus", id).with(user(otherCityAdmin)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/libur/{id}/hapus", nationalHoliday).with(user(cityAdmin)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/libur/{id}/hapus", 999_999_999L).with(user(cityAdmin)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(calendars.forAgency("pemda-32.73").isWorkingDay(ANNIVERSARY)).isFalse();

        mvc.perform(post("/admin/libur/{id}/hapus", id).with(user(cityAdmin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(calendars.forAgency("pemda-32.73").isWorkingDay(ANNIVERSARY)).isTrue();
        assertThat(jdbc.sql("""
                        select action from audit_log where object_type = 'agency' and object_id = 'pemda-32.73'
                           and action like 'HOLIDAY_%' and (after_state ->> 'name' like '%salah tanggal%'
                                                            or before_state ->> 'name' like '%salah tanggal%')
                         order by id""")
                .query(String.class).list()).endsWith("HOLIDAY_ADD", "HOLIDAY_REMOVE");
    }
}
