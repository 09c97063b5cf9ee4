package id.sp4n.portal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sp4n.portal.identity.Role;
import id.sp4n.portal.identity.StaffEnrolment;
import id.sp4n.portal.support.PortalTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The public pages, the language switch, error pages and the security skeleton, through the whole stack. */
@PortalTest
class PagesTest {

    private static final String OFFICER = "pages.test.officer@example.id";
    private static final String PASSWORD = "kata-sandi-uji";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffEnrolment staff;

    @BeforeEach
    void officerExists() {
        staff.enrolIfAbsent(OFFICER, PASSWORD, "Petugas Uji", Role.OFFICER, "pemda-32.73/DISDIK");
    }

    @Test
    void shouldShowTheHomePageInIndonesianByDefault() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "en-US"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"id\"")))
                .andExpect(content().string(containsString("Satu pintu untuk setiap pengaduan")))
                .andExpect(content().string(containsString("Lewati ke konten utama")));
    }

    /** Every page names its icon, so browsers never ask for the missing /favicon.ico (a warning per first visit). */
    @Test
    void shouldNameThePortalsIconOnEveryPage() throws Exception {
        String page = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String icon = org.jsoup.Jsoup.parse(page).selectFirst("link[rel=icon]").attr("href");
        assertThat(icon).startsWith("/assets/img/favicon");
        mvc.perform(get(icon)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"));
    }

    @Test
    void shouldKeepTheChosenLanguageInACookie() throws Exception {
        mvc.perform(get("/").param("lang", "en"))
                .andExpect(content().string(containsString("One door for every")))
                .andExpect(cookie().value("sp4n-lang", "en"));
        mvc.perform(get("/instansi").cookie(new Cookie("sp4n-lang", "en")))
                .andExpect(content().string(containsString("Agency directory")));
        mvc.perform(get("/").param("lang", "fr"))
                .andExpect(content().string(containsString("Satu pintu")))
                .andExpect(cookie().doesNotExist("sp4n-lang"));
    }

    @Test
    void shouldDrillDownFromTheRootToUnits() throws Exception {
        mvc.perform(get("/instansi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("94 instansi")))
                .andExpect(content().string(containsString("Badan Gizi Nasional")));
        mvc.perform(get("/instansi").param("parent", "kemenpanrb").param("tier", "PROVINCE"))
                .andExpect(content().string(containsString("Pemerintah Provinsi Jawa Barat")))
                .andExpect(content().string(not(containsString("Badan Gizi Nasional"))));
        mvc.perform(get("/instansi").param("parent", "pemda-32.73"))
                .andExpect(content().string(containsString("Dinas Pendidikan Kota Bandung")))
                .andExpect(content().string(containsString("22 instansi")));
        mvc.perform(get("/instansi").param("tier", "PROVINCE").param("page", "1"))
                .andExpect(content().string(containsString("Halaman 2 dari 2")));
    }

    @Test
    void shouldShowAnAgencyWithItsPlaceInTheTree() throws Exception {
        mvc.perform(get("/instansi/pemda-32.73/DISDIK"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dinas Pendidikan Kota Bandung")))
                .andExpect(content().string(containsString("href=\"/instansi/pemda-32.73\"")))
                .andExpect(content().string(containsString("href=\"/instansi/pemda-32\"")));
    }

    @Test
    void shouldExplainBadParametersOnTheErrorPage() throws Exception {
        mvc.perform(get("/instansi").param("tier", "DESA"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Tingkat &quot;DESA&quot; tidak dikenal")));
        mvc.perform(get("/instansi").param("page", "-3"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("tidak boleh negatif")));
        mvc.perform(get("/instansi").param("page", "dua"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void shouldAnswer404ForUnknownAgencies() throws Exception {
        mvc.perform(get("/instansi/pemda-31.74"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Halaman tidak ditemukan")))
                .andExpect(content().string(containsString("pemda-31.74")));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "403, Akses ditolak",
            "404, Halaman tidak ditemukan",
            "409, Data sudah diubah orang lain",
            "500, Terjadi kesalahan pada sistem"})
    void shouldRenderEveryErrorPageInThePortalsLook(int status, String title) throws Exception {
        mvc.perform(get("/error").accept(org.springframework.http.MediaType.TEXT_HTML)
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, status)
                        .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/somewhere"))
                .andExpect(status().is(status))
                .andExpect(content().string(containsString("<h1>" + title + "</h1>")))
                .andExpect(content().string(containsString("Lewati ke konten utama")));
    }

    @Test
    void shouldEscapeWhatPeopleType() throws Exception {
        mvc.perform(get("/instansi").param("q", "<script>alert(1)</script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert(1)"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
    }

    @Test
    void shouldSignStaffInAndOut() throws Exception {
        mvc.perform(formLogin("/masuk").userParameter("email").user(OFFICER).password(PASSWORD))
                .andExpect(authenticated().withRoles("OFFICER"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/masuk").userParameter("email").user(OFFICER).password("salah-sekali"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/masuk?error"));
        mvc.perform(logout("/keluar")).andExpect(redirectedUrl("/?keluar"));
    }

    @Test
    void shouldRefuseFormsWithoutACsrfToken() throws Exception {
        mvc.perform(post("/masuk").param("email", OFFICER).param("password", PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void shouldSendSecurityHeaders() throws Exception {
        mvc.perform(get("/"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void shouldExposeOnlyHealthOfTheActuator() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        // Not exposed: nothing answers there, so it is a plain 404 (not a sign-in page).
        mvc.perform(get("/actuator/env")).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/beans")).andExpect(status().isNotFound());
    }

    @Test
    void shouldAnswerAMistypedAddressWith404InsteadOfTheSignInPage() throws Exception {
        mvc.perform(get("/lapr").accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
        mvc.perform(get("/tidak/ada/halaman/ini").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user("warga@sp4n.test").roles("CITIZEN")))
                .andExpect(status().isNotFound());
        // A page that exists keeps asking a guest to sign in, and refuses a signed-in person without the role.
        mvc.perform(get("/petugas")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/masuk"));
        mvc.perform(get("/petugas").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user("warga@sp4n.test").roles("CITIZEN")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/tidak-ada")).andExpect(status().isNotFound());
        // The benchmarks' floor page exists in the benchmark profile only.
        mvc.perform(get("/benchmark/floor").accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "/privasi, Kebijakan privasi, Privacy policy, UU PDP",
            "/ketentuan, Ketentuan penggunaan, Terms of use, Ombudsman",
            "/bantuan, Bantuan dan pertanyaan umum, Help and frequently asked questions, anonim",
            "/aksesibilitas, Pernyataan aksesibilitas, Accessibility statement, WCAG 2.1",
            "/kontak, Kontak, Contact, pengelola@sp4n.test"})
    void shouldServeTheInformationPagesInBothLanguagesFromEveryFooter(String path, String indonesian, String english,
                                                                     String mentions) throws Exception {
        mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>" + indonesian + "</h1>")))
                .andExpect(content().string(containsString(mentions)))
                .andExpect(content().string(containsString("Versi 1.0, berlaku sejak 1 Desember 2026.")));
        mvc.perform(get(path).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>" + english + "</h1>")))
                .andExpect(content().string(not(containsString("<h1>" + indonesian + "</h1>"))));
        mvc.perform(get("/lacak")).andExpect(content().string(containsString("href=\"" + path + "\"")));
    }

    @Test
    void shouldMarkTheCurrentPageInTheHeader() throws Exception {
        String page = mvc.perform(get("/lapor")).andReturn().getResponse().getContentAsString();
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page);
        assertThat(html.select("#portal-menu a[aria-current=page]").eachAttr("href")).containsExactly("/lapor");
        assertThat(html.select("[data-menu-toggle]").attr("aria-controls")).isEqualTo("portal-menu");
        String home = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(home).select("#portal-menu a[aria-current=page]").eachAttr("href"))
                .containsExactly("/");
    }
}
