package id.sp4n.portal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sp4n.portal.support.PortalTest;
import java.util.List;
import java.util.Locale;

import id.sp4n.portal.identity.CitizenAccounts;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.identity.StaffEnrolment;
import id.sp4n.portal.shared.PortalLink;
import id.sp4n.portal.shared.PortalLinks;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The navigation is built from what the modules contribute: each visitor sees the links of their role, in order,
 * and every contributed label and description exists in both languages.
 */
@PortalTest
class NavigationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffEnrolment enrolment;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    CitizenAccounts citizens;

    @Autowired
    List<PortalLinks> contributions;

    @Autowired
    MessageSource messages;

    private List<String> navigation(MockHttpServletRequestBuilder request) throws Exception {
        String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html).select("nav.navbar a.nav-link[href]").eachAttr("href").stream()
                .filter(href -> !href.contains("lang=")).toList();
    }

    @Test
    void shouldShowEachVisitorTheLinksOfTheirRole() throws Exception {
        assertThat(navigation(get("/")))
                .containsExactly("/", "/lapor", "/lacak", "/laporan", "/instansi", "/statistik", "/peringkat", "/kebijakan", "/program", "/masuk", "/daftar");
        citizens.createVerifiedIfAbsent("warga.navigasi@sp4n.test", "Kopi-Navigasi-2026", "Warga Navigasi");
        assertThat(navigation(get("/").with(user(accounts.loadUserByUsername("warga.navigasi@sp4n.test")))))
                .containsExactly("/", "/lapor", "/lacak", "/laporan", "/instansi", "/statistik", "/peringkat", "/kebijakan", "/program", "/laporan-saya", "/notifikasi");
        enrolment.enrolIfAbsent("navigasi.ombudsman@sp4n.test", "kata-sandi-navigasi-2026", "Ombudsman Navigasi",
                Role.OVERSIGHT, "ombudsman");
        assertThat(navigation(get("/").with(user(accounts.loadUserByUsername("navigasi.ombudsman@sp4n.test")))))
                .containsExactly("/", "/lapor", "/lacak", "/laporan", "/instansi", "/statistik", "/peringkat", "/kebijakan", "/program", "/petugas", "/admin", "/notifikasi");
    }

    @Test
    void shouldHaveEveryContributedLabelInBothLanguages() {
        List<PortalLink> links = contributions.stream().flatMap(c -> c.links().stream()).toList();
        assertThat(links).extracting(PortalLink::path).contains("/lapor", "/admin/libur-nasional", "/admin/audit");
        for (PortalLink link : links) {
            for (Locale locale : List.of(Locale.forLanguageTag("id"), Locale.ENGLISH)) {
                assertThat(messages.getMessage(link.labelKey(), null, null, locale)).as(link.labelKey()).isNotBlank();
                if (link.area() == PortalLink.Area.ADMINISTRATION) {
                    assertThat(messages.getMessage(link.descriptionKey(), null, null, locale))
                            .as(link.descriptionKey()).isNotBlank();
                }
            }
        }
    }
}
