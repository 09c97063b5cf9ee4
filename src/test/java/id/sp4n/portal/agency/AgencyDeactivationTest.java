package id.sp4n.portal.agency;

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
import java.util.UUID;

import id.sp4n.portal.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Deactivating an agency never strands a complaint: with unfinished complaints a successor outside the subtree
 * must receive them (hops on their trails), or nothing changes. Works on a unit made for the test.
 */
@PortalTest
class AgencyDeactivationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffMother staffMother;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AgencyHierarchy hierarchy;

    UserDetails nationalAdmin;
    UserDetails semarangAdmin;
    UserDetails otherAdmin;
    String unit;

    @BeforeEach
    void setUp() {
        nationalAdmin = staff("instansi.nasional@sp4n.test", Role.NATIONAL_ADMIN, "kemenpanrb");
        semarangAdmin = staff("instansi.semarang@sp4n.test", Role.AGENCY_ADMIN, "pemda-33.74");
        otherAdmin = staff("instansi.solo@sp4n.test", Role.AGENCY_ADMIN, "pemda-33.72");
        unit = "pemda-33.74/UJI-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        jdbc.sql("""
                        insert into agency (code, name, kind, tier, parent_id, region_code)
                        values (?, 'Unit Uji Kota Semarang', 'UJI', 'UNIT', (select id from agency where code = 'pemda-33.74'), '33.74')""")
                .param(unit).update();
        hierarchy.invalidate();
    }

    @org.junit.jupiter.api.AfterEach
    void removeTestUnit() {
        jdbc.sql("delete from agency where code = ?").param(unit).update();
        hierarchy.invalidate();
    }

    private UserDetails staff(String email, Role role, String agency) {
        return staffMother.staff(email, role, agency);
    }

    private MockHttpServletRequestBuilder deactivate(UserDetails who, String successor, String reason) {
        return post("/admin/instansi/nonaktifkan").with(user(who)).with(csrf()).param("kode", unit)
                .param("successor", successor).param("reason", reason);
    }

    private boolean active() {
        return jdbc.sql("select active from agency where code = ?").param(unit).query(Boolean.class).single();
    }

    /** A complaint filed in Semarang and placed at the test unit. */
    private String complaintAtTheUnit() throws Exception {
        String number = mvc.perform(aComplaint().with("provinceCode", "33").with("regencyCode", "33.74").postTo("/lapor"))
                .andReturn().getResponse().getRedirectedUrl().replaceAll(".*nomor=([^&]+).*", "$1");
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "select routed_at is not null from complaint where tracking_number = ?").param(number)
                .query(Boolean.class).single());
        jdbc.sql("update complaint set current_agency_code = ? where tracking_number = ?").param(unit).param(number)
                .update();
        return number;
    }

    @Test
    void shouldHandUnfinishedComplaintsToASuccessorOrChangeNothing() throws Exception {
        String number = complaintAtTheUnit();
        mvc.perform(get("/admin/instansi/nonaktifkan").with(user(semarangAdmin)).param("kode", unit))
                .andExpect(content().string(containsString("1 laporan yang belum selesai")));

        mvc.perform(deactivate(otherAdmin, "pemda-33.74", "Digabung")).andExpect(status().isForbidden());
        mvc.perform(deactivate(semarangAdmin, "", "")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("pilih instansi pengganti")));
        mvc.perform(deactivate(semarangAdmin, unit, "Digabung")).andExpect(status().isBadRequest());
        // The refused form comes back with the rule beside the field and what was typed (issue 17).
        org.jsoup.nodes.Document refused = org.jsoup.Jsoup.parse(mvc.perform(deactivate(semarangAdmin, "tidak-ada",
                "Digabung")).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("[data-refusal]").text()).contains("Instansi pengganti \"tidak-ada\"");
        assertThat(refused.select("#successor").hasClass("is-invalid")).isTrue();
        assertThat(refused.select("#successor").val()).isEqualTo("tidak-ada");
        assertThat(refused.select("#reason").val()).isEqualTo("Digabung");
        assertThat(refused.select("[data-refused-here]").text()).contains("harus instansi aktif");
        mvc.perform(deactivate(semarangAdmin, "pemda-33.74", " ")).andExpect(status().isBadRequest());
        assertThat(active()).isTrue();

        mvc.perform(deactivate(semarangAdmin, "pemda-33.74", "Unit digabung ke sekretariat daerah"))
                .andExpect(status().is3xxRedirection());
        assertThat(active()).isFalse();
        assertThat(jdbc.sql("select current_agency_code from complaint where tracking_number = ?").param(number)
                .query(String.class).single()).isEqualTo("pemda-33.74");
        assertThat(jdbc.sql("""
                        select h.reason_code from complaint_hop h join complaint c on c.id = h.complaint_id
                         where c.tracking_number = ? order by h.seq desc limit 1""").param(number)
                .query(String.class).single()).isEqualTo("route.hop.successor");
        assertThat(jdbc.sql("select count(*) from complaint where current_agency_code = ?").param(unit)
                .query(Long.class).single()).isZero();
        assertThat(hierarchy.tree().contains(unit)).isFalse();
        mvc.perform(get("/lacak/" + number)).andExpect(content().string(containsString("Unit digabung ke sekretariat daerah")));
    }

    @Test
    void shouldLetNobodyDeactivateTheirOwnAgencyOrTheNationalDesk() throws Exception {
        mvc.perform(post("/admin/instansi/nonaktifkan").with(user(semarangAdmin)).with(csrf()).param("kode", "pemda-33.74"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/instansi/nonaktifkan").with(user(nationalAdmin)).with(csrf()).param("kode", "kemenpanrb"))
                .andExpect(status().isBadRequest());
        // Without complaints no successor is needed.
        mvc.perform(post("/admin/instansi/nonaktifkan").with(user(nationalAdmin)).with(csrf()).param("kode", unit))
                .andExpect(status().is3xxRedirection());
        assertThat(active()).isFalse();
        assertThat(jdbc.sql("select action from audit_log where object_type = 'agency' and object_id = ?").param(unit)
                .query(String.class).list()).containsExactly("AGENCY_DEACTIVATE");
    }
}
