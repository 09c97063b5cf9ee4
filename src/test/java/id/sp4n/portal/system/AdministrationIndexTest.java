package id.sp4n.portal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sp4n.portal.support.PortalTest;
import java.util.List;

import id.sp4n.portal.identity.Role;
import id.sp4n.portal.identity.StaffEnrolment;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /admin}: each staff role is offered the tools it may use, and only those; citizens are refused. */
@PortalTest
class AdministrationIndexTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffEnrolment enrolment;

    @Autowired
    UserDetailsService accounts;

    private List<String> tools(String email, Role role, String agency) throws Exception {
        enrolment.enrolIfAbsent(email, "kata-sandi-indeks-2026", "Indeks " + role, role, agency);
        String html = mvc.perform(get("/admin").with(user(accounts.loadUserByUsername(email))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html).select("[data-admin-tools] a").eachAttr("href");
    }

    @Test
    void shouldOfferEachRoleItsOwnTools() throws Exception {
        assertThat(tools("indeks.petugas@sp4n.test", Role.OFFICER, "pemda-32.73"))
                .containsExactly("/admin/aturan", "/admin/simulasi", "/admin/libur", "/admin/statistik");
        assertThat(tools("indeks.admin@sp4n.test", Role.AGENCY_ADMIN, "pemda-32.73"))
                .containsExactly("/admin/instansi", "/admin/petugas", "/admin/aturan", "/admin/simulasi", "/admin/libur",
                        "/admin/kompetisi", "/admin/statistik", "/admin/predikat", "/admin/kebijakan/baru",
                        "/admin/integrasi");
        assertThat(tools("indeks.nasional@sp4n.test", Role.NATIONAL_ADMIN, "kemenpanrb"))
                .containsExactly("/admin/instansi", "/admin/petugas", "/admin/aturan", "/admin/simulasi",
                        "/admin/kategori", "/admin/libur", "/admin/libur-nasional", "/admin/kompetisi", "/admin/statistik", "/admin/peringkat/metode",
                        "/admin/predikat", "/admin/kebijakan/baru", "/admin/program", "/admin/audit",
                        "/admin/integrasi", "/admin/peristiwa-gagal");
        assertThat(tools("indeks.ombudsman@sp4n.test", Role.OVERSIGHT, "ombudsman"))
                .containsExactly("/admin/aturan", "/admin/simulasi", "/admin/libur", "/admin/kompetisi", "/admin/statistik",
                        "/admin/predikat", "/admin/program",
                        "/admin/audit");
        mvc.perform(get("/admin").with(user("warga.indeks@sp4n.test").roles("CITIZEN"))).andExpect(status().isForbidden());
    }
}
