package id.sp4n.portal.routing;

import static id.sp4n.portal.support.ComplaintFormMother.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import java.time.Duration;
import java.time.LocalDate;

import id.sp4n.portal.identity.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The routing simulator and the responsibility rules, through the pages and down to PostgreSQL. */
@PortalTest
class RoutingAdministrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffMother staffMother;

    @Autowired
    JdbcClient jdbc;

    UserDetails nationalAdmin;
    UserDetails provinceAdmin;
    UserDetails officer;

    @BeforeEach
    void enrol() {
        nationalAdmin = staff("aturan.nasional@sp4n.test", Role.NATIONAL_ADMIN, "kemenpanrb");
        provinceAdmin = staff("aturan.jateng@sp4n.test", Role.AGENCY_ADMIN, "pemda-33");
        officer = staff("aturan.disdik.semarang@sp4n.test", Role.OFFICER, "pemda-33.74/DISDIK");
    }

    @AfterEach
    void removeRules() {
        jdbc.sql("delete from responsibility_rule where region_code like '33%'").update();
    }

    private UserDetails staff(String email, Role role, String agency) {
        return staffMother.staff(email, role, agency);
    }

    private MockHttpServletRequestBuilder newRule(UserDetails who, String category, String region, String agency,
                                                  String from) {
        return post("/admin/aturan").with(user(who)).with(csrf()).param("categoryCode", category)
                .param("regionCode", region).param("agencyCode", agency).param("effectiveFrom", from)
                .param("note", "Uji coba penanganan SD oleh provinsi");
    }

    private long ruleCount() {
        return jdbc.sql("select count(*) from responsibility_rule where region_code like '33%'").query(Long.class).single();
    }

    @Test
    void shouldShowEachStepAndTheRuleThatDecidedIt() throws Exception {
        mvc.perform(get("/admin/simulasi").with(user(officer)).param("pintu", "kemenpanrb")
                        .param("kategori", "PENDIDIKAN-DASAR").param("wilayah", "33.74"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-to=\"pemda-33\"")))
                .andExpect(content().string(containsString("data-to=\"pemda-33.74/DISDIK\"")))
                .andExpect(content().string(containsString("DEFAULT PENDIDIKAN-DASAR")));
    }

    @Test
    void shouldExplainBadSimulatorInput() throws Exception {
        mvc.perform(get("/admin/simulasi").with(user(officer)).param("pintu", "tidak-ada")
                        .param("wilayah", "33.74"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Tidak ada instansi aktif dengan kode")));
        mvc.perform(get("/admin/simulasi").with(user(officer)).param("pintu", "kemenpanrb")
                        .param("kategori", "BUKAN-KATEGORI").param("wilayah", "33.74"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/admin/simulasi").with(user(officer)).param("pintu", "kemenpanrb")
                        .param("wilayah", "33.74.01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Pilih kabupaten/kota dari daftar")));
        mvc.perform(get("/admin/simulasi")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/simulasi").with(user("warga@sp4n.test").roles("CITIZEN")))
                .andExpect(status().isForbidden());
    }

    @Test
    void shouldLetOnlyTheNationalAdminChangeRulesAndRefuseBadOnes() throws Exception {
        String today = LocalDate.now().toString();
        mvc.perform(newRule(provinceAdmin, "PENDIDIKAN-DASAR", "33.74", "pemda-33/DISDIK", today))
                .andExpect(status().isForbidden());
        mvc.perform(newRule(officer, "PENDIDIKAN-DASAR", "33.74", "pemda-33/DISDIK", today))
                .andExpect(status().isForbidden());
        mvc.perform(newRule(nationalAdmin, "PENDIDIKAN-DASAR", "33.74.01", "pemda-33/DISDIK", today))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Kode wilayah harus kode provinsi atau kabupaten/kota")));
        mvc.perform(newRule(nationalAdmin, "PENDIDIKAN-DASAR", "33.74", "tidak-ada", today))
                .andExpect(status().isBadRequest());
        mvc.perform(newRule(nationalAdmin, "PENDIDIKAN-DASAR", "33.74", "pemda-33/DISDIK", "besok"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("TTTT-BB-HH")));
        mvc.perform(newRule(nationalAdmin, "TIDAK-ADA", "33.74", "pemda-33/DISDIK", today))
                .andExpect(status().isBadRequest());
        assertThat(ruleCount()).isZero();

        mvc.perform(newRule(nationalAdmin, "PENDIDIKAN-DASAR", "33.74", "pemda-33/DISDIK", today))
                .andExpect(status().is3xxRedirection());
        mvc.perform(newRule(nationalAdmin, "PENDIDIKAN-DASAR", "33.74", "pemda-33/DISDIK", today))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Sudah ada aturan")));
        assertThat(ruleCount()).isEqualTo(1);
    }

    @Test
    void shouldRouteByANewRuleAtOnceAndShowItInTheSimulator() throws Exception {
        mvc.perform(newRule(nationalAdmin, "PENDIDIKAN-DASAR", "33.74", "pemda-33/DISDIK", LocalDate.now().toString()))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from responsibility_rule where region_code = '33.74'").query(Long.class).single();
        assertThat(jdbc.sql("select action from audit_log where object_type = 'responsibility_rule' and object_id = ?")
                .param(String.valueOf(id)).query(String.class).list()).containsExactly("RULE_CREATE");
        // The audit page shows it, with the state after; oversight reads it too; agency admins do not.
        mvc.perform(get("/admin/audit").with(user(nationalAdmin)).param("objectType", "responsibility_rule")
                        .param("objectId", String.valueOf(id)))
                .andExpect(content().string(containsString("RULE_CREATE")))
                .andExpect(content().string(containsString("Uji coba penanganan SD oleh provinsi")));
        UserDetails ombudsman = staff("aturan.ombudsman@sp4n.test", Role.OVERSIGHT, "ombudsman");
        mvc.perform(get("/admin/audit").with(user(ombudsman)).param("actor", "Admin kemenpanrb"))
                .andExpect(content().string(containsString("RULE_CREATE")));
        mvc.perform(get("/admin/audit").with(user(provinceAdmin))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(user(nationalAdmin)).param("from", "kemarin"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("TTTT-BB-HH")));

        mvc.perform(get("/admin/simulasi").with(user(officer)).param("pintu", "kemenpanrb")
                        .param("kategori", "PENDIDIKAN-DASAR").param("wilayah", "33.74"))
                .andExpect(content().string(containsString("OVERRIDE #" + id)))
                .andExpect(content().string(containsString("data-to=\"pemda-33/DISDIK\"")));

        String location = mvc.perform(aComplaint().with("provinceCode", "33").with("regencyCode", "33.74")
                        .postTo("/lapor")).andReturn().getResponse().getRedirectedUrl();
        String number = location.replaceAll(".*nomor=([^&]+).*", "$1");
        await().atMost(Duration.ofSeconds(10)).until(() -> "pemda-33/DISDIK".equals(jdbc.sql(
                "select current_agency_code from complaint where tracking_number = ?").param(number)
                .query(String.class).optional().orElse(null)));

        // Edited: another agency takes over; bad input changes nothing.
        mvc.perform(post("/admin/aturan/" + id).with(user(nationalAdmin)).with(csrf()).param("agencyCode", "tidak-ada")
                        .param("effectiveFrom", LocalDate.now().toString()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/aturan/" + id).with(user(provinceAdmin)).with(csrf()).param("agencyCode", "pemda-33")
                        .param("effectiveFrom", LocalDate.now().toString()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/aturan/" + id).with(user(nationalAdmin)).with(csrf()).param("agencyCode", "pemda-33")
                        .param("effectiveFrom", LocalDate.now().toString()).param("note", "Diambil alih pemprov"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/simulasi").with(user(officer)).param("pintu", "kemenpanrb")
                        .param("kategori", "PENDIDIKAN-DASAR").param("wilayah", "33.74"))
                .andExpect(content().string(containsString("data-to=\"pemda-33\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("data-to=\"pemda-33/DISDIK\""))));

        mvc.perform(post("/admin/aturan/" + id + "/hapus").with(user(nationalAdmin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(ruleCount()).isZero();
        mvc.perform(get("/admin/simulasi").with(user(officer)).param("pintu", "kemenpanrb")
                        .param("kategori", "PENDIDIKAN-DASAR").param("wilayah", "33.74"))
                .andExpect(content().string(containsString("data-to=\"pemda-33.74/DISDIK\"")));
        mvc.perform(get("/admin/aturan").with(user(provinceAdmin))).andExpect(status().isOk());
    }

    private org.springframework.test.web.servlet.ResultActions upload(String csv) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/admin/aturan/impor")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "aturan.csv", "text/csv",
                        csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .with(user(nationalAdmin)).with(csrf()));
    }

    @Test
    void shouldImportARulesFileAllOrNothingAndReportEveryLine() throws Exception {
        String header = "category_code,region_code,agency_code,effective_from,note\n";
        upload("kategori,wilayah\nPENDIDIKAN-DASAR,33.74\n").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Baris 1: Baris judul harus persis")));
        upload(header
                + "PENDIDIKAN-DASAR,33.74,pemda-33/DISDIK,2026-01-01,Uji coba\n"
                + "PENDIDIKAN-DASAR,33.74.01,pemda-33/DISDIK,2026-01-01,\n"
                + "KESEHATAN-DASAR,33.74,tidak-ada,2026-01-01,\n"
                + "KESEHATAN-DASAR,33,pemda-33/DINKES,kemarin,\n"
                + "PENDIDIKAN-DASAR,33.74,pemda-33/DISDIK,2026-01-01,\"Sama, lagi\"\n")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Baris 3:")))
                .andExpect(content().string(containsString("Baris 4:")))
                .andExpect(content().string(containsString("Baris 5:")))
                .andExpect(content().string(containsString("Baris 6:")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Baris 2:"))));
        assertThat(ruleCount()).isZero();

        upload(header + "PENDIDIKAN-DASAR,33.74,pemda-33/DISDIK,2026-01-01,\"Uji coba, tahap 1\"\n\n"
                + "KESEHATAN-DASAR,33,pemda-33/DINKES,2026-02-01,\n")
                .andExpect(status().is3xxRedirection());
        assertThat(ruleCount()).isEqualTo(2);
        mvc.perform(get("/admin/aturan.csv").with(user(officer)))
                .andExpect(content().string(containsString("PENDIDIKAN-DASAR,33.74,pemda-33/DISDIK,2026-01-01,\"Uji coba, tahap 1\"")))
                .andExpect(content().string(containsString("KESEHATAN-DASAR,33,pemda-33/DINKES,2026-02-01,")));
    }
}
