package id.sp4n.portal.agency;

import static id.sp4n.portal.support.ComplaintFormMother.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sp4n.portal.support.PortalTest;
import java.time.Duration;

import id.sp4n.portal.identity.Role;
import id.sp4n.portal.identity.StaffEnrolment;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /admin/instansi}: the administrator's part of the tree, one branch at a time, with sizes and unfinished
 * complaints, a search inside it, and nothing outside it.
 */
@PortalTest
class AgencyTreeAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffEnrolment enrolment;

    @Autowired
    UserDetailsService accounts;

    UserDetails national;
    UserDetails bandungAdmin;

    @BeforeEach
    void enrol() {
        enrolment.enrolIfAbsent("pohon.nasional@sp4n.test", "kata-sandi-pohon-2026", "Admin Nasional",
                Role.NATIONAL_ADMIN, "kemenpanrb");
        enrolment.enrolIfAbsent("pohon.bandung@sp4n.test", "kata-sandi-pohon-2026", "Admin Bandung",
                Role.AGENCY_ADMIN, "pemda-32.73");
        enrolment.enrolIfAbsent("pohon.petugas@sp4n.test", "kata-sandi-pohon-2026", "Petugas Bandung",
                Role.OFFICER, "pemda-32.73");
        national = accounts.loadUserByUsername("pohon.nasional@sp4n.test");
        bandungAdmin = accounts.loadUserByUsername("pohon.bandung@sp4n.test");
    }

    private Document page(UserDetails who, String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(user(who))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private Document search(UserDetails who, String text) throws Exception {
        return Jsoup.parse(mvc.perform(get("/admin/instansi").param("q", text).with(user(who)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void shouldShowTheWholeTreeToTheNationalAdminWithTheComplaintsEachBranchHolds() throws Exception {
        String number = mvc.perform(aComplaint().postTo("/instansi/pemda-32.73/lapor")).andReturn().getResponse()
                .getRedirectedUrl().replaceAll(".*nomor=([^&]+).*", "$1");
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "select routed_at is not null from complaint where tracking_number = ?").param(number)
                .query(Boolean.class).single());

        long heldInWestJava = jdbc.sql("""
                select count(*) from complaint c join agency a on a.code = c.current_agency_code
                 where a.path <@ (select path from agency where code = 'pemda-32')
                   and c.status not in ('COMPLETED', 'ARCHIVED')""").query(Long.class).single();
        assertThat(heldInWestJava).isPositive();
        // The tree's counts are a copy at most a few seconds old.
        await().atMost(AgencyOutline.COUNTS_MAX_AGE.plusSeconds(5)).until(() -> page(national, "/admin/instansi")
                .selectFirst("[data-agency-tree] > li[data-code=pemda-32] [data-unfinished]").attr("data-unfinished")
                .equals(String.valueOf(heldInWestJava)));

        Document tree = page(national, "/admin/instansi");
        assertThat(tree.select("h1").text()).isEqualTo("Kelola instansi");
        var westJava = tree.selectFirst("[data-agency-tree] > li[data-code=pemda-32]");
        assertThat(westJava.text()).contains("Pemerintah Provinsi Jawa Barat", "Pindahkan", "Nonaktifkan");
        // The branch below is fetched on demand; without a script its summary's fallback link opens it as a page.
        assertThat(westJava.selectFirst("details").attr("hx-get")).isEqualTo("/admin/instansi/cabang?kode=pemda-32");
        assertThat(westJava.selectFirst(".agency-tree-branch a").attr("href")).isEqualTo("/admin/instansi?induk=pemda-32");
    }

    @Test
    void shouldOpenOneBranchForHtmxAndSendAPlainRequestToTheBranchPage() throws Exception {
        String fragment = mvc.perform(get("/admin/instansi/cabang").param("kode", "pemda-32.73")
                        .header("HX-Request", "true").with(user(bandungAdmin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).doesNotContain("<html").contains("pemda-32.73/DISDIK", "Dinas Pendidikan Kota Bandung");

        mvc.perform(get("/admin/instansi/cabang").param("kode", "pemda-32.73").with(user(bandungAdmin)))
                .andExpect(redirectedUrl("/admin/instansi?induk=pemda-32.73"));
    }

    @Test
    void shouldKeepAnAgencyAdminInsideTheirOwnSubtree() throws Exception {
        Document own = page(bandungAdmin, "/admin/instansi");
        assertThat(own.select("#tree-heading").text()).isEqualTo("Pemerintah Kota Bandung");
        var focus = own.selectFirst(".agency-tree-focus");
        assertThat(focus.text()).contains("Ubah", "Tambah di bawahnya").doesNotContain("Nonaktifkan", "Pindahkan");
        var unit = own.selectFirst("[data-agency-tree] > li[data-code=pemda-32.73/DISDIK]");
        assertThat(unit.text()).contains("Nonaktifkan").doesNotContain("Pindahkan", "Tambah di bawahnya");

        mvc.perform(get("/admin/instansi").param("induk", "pemda-32").with(user(bandungAdmin)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/instansi").param("induk", "pemda-32.01").with(user(bandungAdmin)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/instansi/cabang").param("kode", "kemendikdasmen").header("HX-Request", "true")
                .with(user(bandungAdmin))).andExpect(status().isForbidden());
    }

    @Test
    void shouldSearchOnlyWithinTheAdministratorsPartOfTheTree() throws Exception {
        Document found = search(bandungAdmin, "dinas PENDIDIKAN");
        assertThat(found.select("[data-agency-found] > li").eachAttr("data-code")).containsExactly("pemda-32.73/DISDIK");

        Document everywhere = search(national, "dinas pendidikan bandung");
        assertThat(everywhere.select("[data-agency-found] > li").eachAttr("data-code"))
                .contains("pemda-32.73/DISDIK", "pemda-32.04/DISDIK");
        assertThat(search(national, "tidak-ada-instansi-seperti-ini").select("h2").text())
                .contains("0 instansi cocok");
    }

    @Test
    void shouldRefuseBadRequestsWithAClearMessage() throws Exception {
        mvc.perform(get("/admin/instansi").param("q", "x".repeat(101)).with(user(national)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("paling panjang 100 karakter")));
        mvc.perform(get("/admin/instansi").param("induk", "tidak-ada").with(user(national)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("tidak-ada")));
        mvc.perform(get("/admin/instansi").with(user(accounts.loadUserByUsername("pohon.petugas@sp4n.test"))))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString("Tambah di bawahnya"))));
    }

    @Test
    void shouldRefuseAFormWhenItOpensIfItsActionWouldBeRefused() throws Exception {
        for (String form : new String[] {"/admin/instansi/ubah?kode=pemda-32", "/admin/instansi/ubah?kode=kemendikdasmen",
                "/admin/instansi/pindahkan?kode=pemda-32.73/DISDIK", "/admin/instansi/nonaktifkan?kode=pemda-32.73",
                "/admin/instansi/nonaktifkan?kode=pemda-32.01/DISDIK", "/admin/instansi/baru?induk=pemda-32.73/DISDIK",
                "/admin/instansi/baru?induk=pemda-32"}) {
            mvc.perform(get(form).with(user(bandungAdmin))).andExpect(status().isForbidden())
                    .andExpect(content().string(anyOf(containsString("Admin instansi hanya dapat mengubah"),
                            containsString("Hanya admin nasional yang dapat memindahkan"))));
        }
        for (String form : new String[] {"/admin/instansi/ubah?kode=pemda-32.73",
                "/admin/instansi/nonaktifkan?kode=pemda-32.73/DISDIK", "/admin/instansi/baru?induk=pemda-32.73"}) {
            mvc.perform(get(form).with(user(bandungAdmin))).andExpect(status().isOk());
        }
        mvc.perform(get("/admin/instansi/ubah").param("kode", "tidak-ada").with(user(bandungAdmin)))
                .andExpect(status().isNotFound());
    }

    @Test
    void shouldOfferAdministrationOnAnAgencysPageOnlyToThoseWhoMayManageIt() throws Exception {
        assertThat(page(bandungAdmin, "/instansi/pemda-32.73/DISDIK").select("[data-agency-admin] a").eachAttr("href"))
                .contains("/admin/instansi?induk=pemda-32.73/DISDIK");
        assertThat(page(bandungAdmin, "/instansi/pemda-32").select("[data-agency-admin]")).isEmpty();
        assertThat(page(national, "/instansi/pemda-32").select("[data-agency-admin]")).hasSize(1);
        String anonymous = mvc.perform(get("/instansi/pemda-32.73")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(Jsoup.parse(anonymous).select("[data-agency-admin]")).isEmpty();
        assertThat(page(accounts.loadUserByUsername("pohon.petugas@sp4n.test"), "/instansi/pemda-32.73")
                .select("[data-agency-admin]")).isEmpty();
    }
}
