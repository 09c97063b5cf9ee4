package id.sp4n.portal.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import id.sp4n.portal.identity.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * {@code /admin/libur-nasional}: only the national admin keeps national holidays; an import with any error changes
 * nothing and names every bad line; a refused form keeps what was typed; fixed-date holidays are known in every year.
 */
@PortalTest
class NationalHolidayAdministrationTest {

    private static final String HEADER = "date,kind,name,legal_basis\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffMother staffMother;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkingDayCalendars calendars;

    @AfterEach
    void removeTestYears() {
        jdbc.sql("delete from holiday where agency_code is null and day >= '2031-01-01'").update();
        calendars.checkForChanges();
    }

    private UserDetails staff(String email, Role role, String agency) {
        return staffMother.staff(email, role, agency);
    }

    private UserDetails nationalAdmin() {
        return staff("libur.nasional.admin@sp4n.test", Role.NATIONAL_ADMIN, "kemenpanrb");
    }

    private ResultActions importYear(UserDetails who, String year, String csv) throws Exception {
        return mvc.perform(multipart("/admin/libur-nasional/impor")
                .file(new MockMultipartFile("file", "libur.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("year", year).with(user(who)).with(csrf()));
    }

    private static Document html(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }

    private List<LocalDate> storedDays(int year) {
        return jdbc.sql("select day from holiday where agency_code is null and extract(year from day) = ? order by day")
                .param(year).query(LocalDate.class).list();
    }

    private long audited(String action) {
        return jdbc.sql("select count(*) from audit_log where action = ?").param(action).query(Long.class).single();
    }

    @Test
    void shouldImportNothingFromAFileWithErrorsAndNameEveryBadLine() throws Exception {
        UserDetails admin = nationalAdmin();
        long importsBefore = audited("NATIONAL_HOLIDAY_IMPORT");
        String csv = HEADER
                + "2031-01-14,NATIONAL_HOLIDAY,Isra Mikraj,SKB No. 1/2030\n"
                + "2031-13-01,NATIONAL_HOLIDAY,Tanggal salah,SKB No. 1/2030\n"
                + "2031-02-02,LIBUR,Jenis salah,SKB No. 1/2030\n"
                + "2032-01-01,NATIONAL_HOLIDAY,Tahun lain,SKB No. 1/2030\n"
                + "2031-01-14,COLLECTIVE_LEAVE,Hari ganda,SKB No. 1/2030\n"
                + "2031-03-03,NATIONAL_HOLIDAY,Tanpa dasar hukum,\n"
                + "2031-03-04,NATIONAL_HOLIDAY,,SKB No. 1/2030\n";

        Document page = html(importYear(admin, "2031", csv).andExpect(status().isBadRequest()));

        assertThat(page.select("[data-import-problems] li").eachText()).containsExactly(
                "Baris 3: Isi tanggal hari libur (TTTT-BB-HH).",
                "Baris 4: Jenis harus NATIONAL_HOLIDAY (libur nasional) atau COLLECTIVE_LEAVE (cuti bersama).",
                "Baris 5: Tanggal 2032-01-01 bukan tahun 2031; impor satu tahun sekaligus.",
                "Baris 6: Sudah ada libur nasional atau cuti bersama pada 2031-01-14.",
                "Baris 7: Isi dasar hukumnya (misalnya nomor SKB), paling panjang 300 karakter.",
                "Baris 8: Hari libur perlu nama, paling panjang 200 karakter.");
        assertThat(storedDays(2031)).isEmpty();
        assertThat(audited("NATIONAL_HOLIDAY_IMPORT")).isEqualTo(importsBefore);

        assertThat(html(importYear(admin, "2031", "tanggal,nama\n2031-01-14,Isra Mikraj\n")
                .andExpect(status().isBadRequest())).select("[data-import-problems] li").text())
                .contains("Baris 1", "date,kind,name,legal_basis");
        assertThat(html(importYear(admin, "2031", HEADER).andExpect(status().isBadRequest()))
                .select("[data-import-problems] li").text()).contains("tidak berisi satu pun hari libur untuk tahun 2031");
        importYear(admin, "999999999", HEADER + "2031-01-14,NATIONAL_HOLIDAY,Isra Mikraj,SKB\n")
                .andExpect(status().isBadRequest());
        importYear(admin, "dua ribu", HEADER).andExpect(status().isBadRequest());
        assertThat(storedDays(2031)).isEmpty();
    }

    @Test
    void shouldReplaceAYearWithTheImportedFileAndAuditIt() throws Exception {
        UserDetails admin = nationalAdmin();
        importYear(admin, "2031", HEADER + "2031-01-14,NATIONAL_HOLIDAY,Isra Mikraj,SKB No. 1/2030\n"
                + "2031-01-23,NATIONAL_HOLIDAY,\"Imlek, Tahun Baru\",SKB No. 1/2030\n")
                .andExpect(status().is3xxRedirection());
        assertThat(calendars.hasNationalHolidays(2031)).isTrue();
        assertThat(calendars.forAgency("pemda-32.73").isWorkingDay(LocalDate.of(2031, 1, 23))).isFalse();

        importYear(admin, "2031", HEADER + "2031-01-24,COLLECTIVE_LEAVE,Cuti bersama Imlek,SKB No. 1/2030 (ralat)\n")
                .andExpect(status().is3xxRedirection());
        assertThat(storedDays(2031)).containsExactly(LocalDate.of(2031, 1, 24));
        assertThat(calendars.forAgency("pemda-32.73").isWorkingDay(LocalDate.of(2031, 1, 23))).isTrue();
        assertThat(jdbc.sql("""
                        select after_state -> 'days' -> 0 ->> 'legalBasis' from audit_log
                         where action = 'NATIONAL_HOLIDAY_IMPORT' and object_id = '2031' order by id desc limit 1""")
                .query(String.class).single()).isEqualTo("SKB No. 1/2030 (ralat)");

        String csv = mvc.perform(get("/admin/libur-nasional.csv").param("year", "2031").with(user(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).isEqualTo(HEADER + "2031-01-24,COLLECTIVE_LEAVE,Cuti bersama Imlek,SKB No. 1/2030 (ralat)\n");
    }

    @Test
    void shouldKeepWhatWasTypedWhenAHolidayIsRefused() throws Exception {
        UserDetails admin = nationalAdmin();
        Document missingBasis = html(mvc.perform(post("/admin/libur-nasional").with(user(admin)).with(csrf())
                        .param("year", "2031").param("day", "2031-05-29").param("kind", "NATIONAL_HOLIDAY")
                        .param("name", "Kenaikan Yesus Kristus").param("legalBasis", " "))
                .andExpect(status().isBadRequest()));
        assertThat(missingBasis.select("#add-error").text()).contains("dasar hukum");
        assertThat(missingBasis.select("#national-name").val()).isEqualTo("Kenaikan Yesus Kristus");
        assertThat(missingBasis.select("#national-day").val()).isEqualTo("2031-05-29");

        Document taken = html(mvc.perform(post("/admin/libur-nasional").with(user(admin)).with(csrf())
                        .param("day", "2026-03-21").param("kind", "NATIONAL_HOLIDAY").param("name", "Idul Fitri")
                        .param("legalBasis", "SKB"))
                .andExpect(status().isBadRequest()));
        assertThat(taken.select("#add-error").text()).contains("Sudah ada", "2026-03-21");
        mvc.perform(post("/admin/libur-nasional").with(user(admin)).with(csrf()).param("day", "21-03-2026")
                .param("kind", "NATIONAL_HOLIDAY").param("name", "Idul Fitri").param("legalBasis", "SKB"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/libur-nasional/{id}", 999_999_999L).with(user(admin)).with(csrf())
                .param("day", "2031-05-29")).andExpect(status().isNotFound());
        long regional = jdbc.sql("insert into holiday (day, kind, name, agency_code) values "
                + "('2031-09-25', 'REGIONAL_HOLIDAY', 'Hari jadi', 'pemda-32.73') returning id").query(Long.class).single();
        try {
            mvc.perform(post("/admin/libur-nasional/{id}/hapus", regional).with(user(admin)).with(csrf()))
                    .andExpect(status().isNotFound());
        } finally {
            jdbc.sql("delete from holiday where id = ?").param(regional).update();
        }
        assertThat(storedDays(2031)).isEmpty();
    }

    @Test
    void shouldLetOnlyTheNationalAdminKeepNationalHolidays() throws Exception {
        UserDetails provinceAdmin = staff("libur.nasional.jabar@sp4n.test", Role.AGENCY_ADMIN, "pemda-32");
        UserDetails officer = staff("libur.nasional.petugas@sp4n.test", Role.OFFICER, "pemda-32");
        for (UserDetails who : List.of(provinceAdmin, officer)) {
            mvc.perform(get("/admin/libur-nasional").with(user(who))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/libur-nasional.csv").param("year", "2026").with(user(who)))
                    .andExpect(status().isForbidden());
            importYear(who, "2031", HEADER + "2031-01-14,NATIONAL_HOLIDAY,Isra Mikraj,SKB No. 1/2030\n")
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/libur-nasional").with(user(who)).with(csrf()).param("day", "2031-01-14")
                    .param("kind", "NATIONAL_HOLIDAY").param("name", "Isra Mikraj").param("legalBasis", "SKB"))
                    .andExpect(status().isForbidden());
        }
        assertThat(storedDays(2031)).isEmpty();
    }

    @Test
    void shouldKnowTheFixedDateHolidaysOfAYearNothingWasLoadedFor() throws Exception {
        Document page = html(mvc.perform(get("/admin/libur-nasional").param("year", "2031").with(user(nationalAdmin())))
                .andExpect(status().isOk()));
        assertThat(page.select("[data-national-holidays] tbody tr").eachAttr("data-day"))
                .containsExactly("2031-01-01", "2031-05-01", "2031-06-01", "2031-08-17", "2031-12-25");
        assertThat(page.select("[data-year-not-loaded]").text()).contains("2031");
        assertThat(page.text()).contains("Hari Lahir Pancasila", "Keppres No. 24 Tahun 2016");
        assertThat(calendars.hasNationalHolidays(2031)).isFalse();
        assertThat(calendars.forAgency("pemda-94").isWorkingDay(LocalDate.of(2031, 8, 18))).isTrue();
        assertThat(calendars.forAgency("pemda-94").isWorkingDay(LocalDate.of(2031, 6, 1))).isFalse();

        Document loaded = html(mvc.perform(get("/admin/libur-nasional").param("year", "2026").with(user(nationalAdmin())))
                .andExpect(status().isOk()));
        assertThat(loaded.select("[data-year-not-loaded]")).isEmpty();
        assertThat(loaded.select("[data-national-holidays] tbody tr")).hasSize(25);
        mvc.perform(get("/admin/libur-nasional").param("year", "1999").with(user(nationalAdmin())))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/admin/libur-nasional.csv").param("year", "999999").with(user(nationalAdmin())))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/admin/libur-nasional.csv").with(user(nationalAdmin()))).andExpect(status().isBadRequest());
    }
}
