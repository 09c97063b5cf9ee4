package id.sp4n.portal.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sp4n.portal.support.PortalTest;
import java.util.UUID;

import id.sp4n.portal.identity.Role;
import id.sp4n.portal.identity.StaffEnrolment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Moving agencies: no cycles, tiers that fit, national admin only, unfinished complaints to a successor first. */
@PortalTest
class AgencyMoveTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffEnrolment enrolment;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    AgencyHierarchy hierarchy;

    UserDetails nationalAdmin;
    UserDetails provinceAdmin;
    String ministry;
    String agencyBody;

    @BeforeEach
    void setUp() {
        enrolment.enrolIfAbsent("pindah.nasional@sp4n.test", "kata-sandi-pindah-2026", "Admin Nasional",
                Role.NATIONAL_ADMIN, "kemenpanrb");
        enrolment.enrolIfAbsent("pindah.jabar@sp4n.test", "kata-sandi-pindah-2026", "Admin Jabar",
                Role.AGENCY_ADMIN, "pemda-32");
        nationalAdmin = accounts.loadUserByUsername("pindah.nasional@sp4n.test");
        provinceAdmin = accounts.loadUserByUsername("pindah.jabar@sp4n.test");
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        ministry = "uji-kementerian-" + suffix;
        agencyBody = "uji-badan-" + suffix;
        for (String code : new String[] {ministry, agencyBody}) {
            jdbc.sql("""
                            insert into agency (code, name, kind, tier, parent_id)
                            values (?, ?, 'MINISTRY', 'CENTRAL', (select id from agency where code = 'kemenpanrb'))""")
                    .param(code).param("Instansi Uji " + code).update();
        }
        hierarchy.invalidate();
    }

    /** The seeded hierarchy stays as seeded for the other tests (see ReferenceDataTest). */
    @org.junit.jupiter.api.AfterEach
    void removeTestAgencies() {
        jdbc.sql("delete from agency where code = ?").param(agencyBody).update();
        jdbc.sql("delete from agency where code = ?").param(ministry).update();
        hierarchy.invalidate();
    }

    private MockHttpServletRequestBuilder move(UserDetails who, String code, String parent) {
        return post("/admin/instansi/pindahkan").with(user(who)).with(csrf()).param("kode", code).param("parent", parent);
    }

    private String parentOf(String code) {
        return jdbc.sql("select p.code from agency a join agency p on p.id = a.parent_id where a.code = ?").param(code)
                .query(String.class).single();
    }

    @Test
    void shouldMoveACentralBodyUnderAnotherAndRefuseCyclesAndMisfits() throws Exception {
        mvc.perform(move(provinceAdmin, agencyBody, ministry)).andExpect(status().isForbidden());
        mvc.perform(move(nationalAdmin, agencyBody, "tidak-ada")).andExpect(status().isBadRequest());
        mvc.perform(move(nationalAdmin, agencyBody, "pemda-32")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Susunan tingkat tidak sesuai")));
        mvc.perform(move(nationalAdmin, "pemda-32.73", "pemda-33")).andExpect(status().isBadRequest());
        assertThat(parentOf(agencyBody)).isEqualTo("kemenpanrb");

        mvc.perform(move(nationalAdmin, agencyBody, ministry)).andExpect(status().is3xxRedirection());
        assertThat(parentOf(agencyBody)).isEqualTo(ministry);
        assertThat(hierarchy.tree().isWithin(agencyBody, ministry)).isTrue();
        mvc.perform(move(nationalAdmin, ministry, agencyBody)).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("ke bawah dirinya sendiri")));
        mvc.perform(move(nationalAdmin, agencyBody, ministry)).andExpect(status().isBadRequest());
    }

    @Test
    void shouldHandUnfinishedComplaintsToASuccessorBeforeMoving() throws Exception {
        jdbc.sql("""
                        insert into complaint (tracking_number, access_key_hash, type, status, title, description,
                                               incident_date, province_code, regency_code, door_agency_code,
                                               current_agency_code, anonymous, confidential, reporter_email,
                                               submitted_at, routed_at)
                        values (?, md5(random()::text) || md5(random()::text), 'PENGADUAN', 'SUBMITTED',
                                'Layanan badan uji lambat sekali', 'Permohonan sudah tiga bulan tanpa kabar sama sekali.',
                                current_date, '32', '32.73', 'kemenpanrb', ?, false, false, 'uji@example.id', now(), now())""")
                .param("UJI" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase())
                .param(agencyBody).update();
        mvc.perform(move(nationalAdmin, agencyBody, ministry)).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("pilih instansi pengganti")));
        assertThat(parentOf(agencyBody)).isEqualTo("kemenpanrb");

        mvc.perform(move(nationalAdmin, agencyBody, ministry).param("successor", "kemenpanrb")
                        .param("reason", "Badan dilebur ke kementerian"))
                .andExpect(status().is3xxRedirection());
        assertThat(parentOf(agencyBody)).isEqualTo(ministry);
        assertThat(jdbc.sql("select count(*) from complaint where current_agency_code = ?").param(agencyBody)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select action from audit_log where object_type = 'agency' and object_id = ?")
                .param(agencyBody).query(String.class).list()).containsExactly("AGENCY_MOVE");
    }
}
