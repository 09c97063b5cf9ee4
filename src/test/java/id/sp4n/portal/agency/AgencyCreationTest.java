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

/** New agencies: placed consistently, unique codes, agency admins only add units inside their subtree. */
@PortalTest
class AgencyCreationTest {

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
    UserDetails cityAdmin;
    String kind;

    @BeforeEach
    void setUp() {
        enrolment.enrolIfAbsent("baru.nasional@sp4n.test", "kata-sandi-baru-2026", "Admin Nasional",
                Role.NATIONAL_ADMIN, "kemenpanrb");
        enrolment.enrolIfAbsent("baru.solo@sp4n.test", "kata-sandi-baru-2026", "Admin Solo",
                Role.AGENCY_ADMIN, "pemda-33.72");
        nationalAdmin = accounts.loadUserByUsername("baru.nasional@sp4n.test");
        cityAdmin = accounts.loadUserByUsername("baru.solo@sp4n.test");
        kind = "UJI" + UUID.randomUUID().toString().substring(0, 5).toUpperCase().replace("-", "");
    }

    /** The seeded hierarchy stays as seeded for the other tests (see ReferenceDataTest). */
    @org.junit.jupiter.api.AfterEach
    void removeTestAgencies() {
        jdbc.sql("delete from agency where code like ? or code like 'uji-badan-baru-%'").param("%/" + kind).update();
        hierarchy.invalidate();
    }

    private MockHttpServletRequestBuilder create(UserDetails who, String parent, String code, String tier,
                                                 String kindValue, String region) {
        return post("/admin/instansi/baru").with(user(who)).with(csrf()).param("induk", parent).param("code", code)
                .param("name", "Unit Uji Baru").param("kind", kindValue).param("tier", tier).param("region", region);
    }

    private long count(String code) {
        return jdbc.sql("select count(*) from agency where code = ?").param(code).query(Long.class).single();
    }

    @Test
    void shouldLetAnAgencyAdminAddAUnitToTheirGovernmentOnly() throws Exception {
        String unit = "pemda-33.72/" + kind;
        mvc.perform(create(cityAdmin, "pemda-33.74", "pemda-33.74/" + kind, "UNIT", kind, ""))
                .andExpect(status().isForbidden());
        mvc.perform(create(cityAdmin, "pemda-33.72", "pemda-33.72/LAIN", "UNIT", kind, ""))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString(unit)));
        mvc.perform(create(cityAdmin, "pemda-33.72", unit, "CENTRAL", kind, ""))
                .andExpect(status().isForbidden());
        mvc.perform(create(cityAdmin, "pemda-33.72", unit, "UNIT", "kecil", ""))
                .andExpect(status().isBadRequest());
        assertThat(count(unit)).isZero();

        mvc.perform(create(cityAdmin, "pemda-33.72", unit, "UNIT", kind, "")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select region_code from agency where code = ?").param(unit).query(String.class).single())
                .isEqualTo("33.72");
        assertThat(hierarchy.tree().isWithin(unit, "pemda-33.72")).isTrue();
        mvc.perform(create(cityAdmin, "pemda-33.72", unit, "UNIT", kind, ""))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("sudah dipakai")));
    }

    @Test
    void shouldPlaceGovernmentsAndCentralBodiesOnlyWhereTheirTierFits() throws Exception {
        String body = "uji-badan-baru-" + kind.toLowerCase();
        mvc.perform(create(nationalAdmin, "pemda-32", body, "CENTRAL", "AGENCY", ""))
                .andExpect(status().isBadRequest());
        mvc.perform(create(nationalAdmin, "pemda-32", "pemda-33.99", "REGENCY", "REGENCY_GOV", "33.72"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Susunan tingkat")));
        mvc.perform(create(nationalAdmin, "kemenpanrb", body, "CENTRAL", "AGENCY", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(count(body)).isEqualTo(1);
        assertThat(jdbc.sql("select action from audit_log where object_type = 'agency' and object_id = ?").param(body)
                .query(String.class).list()).containsExactly("AGENCY_CREATE");
    }

    private org.springframework.test.web.servlet.ResultActions upload(UserDetails who, String csv) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/admin/instansi/impor")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "instansi.csv", "text/csv",
                        csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .with(user(who)).with(csrf()));
    }

    @Test
    void shouldImportAgenciesAllOrNothingWithEveryProblemByLine() throws Exception {
        String header = "code,name,kind,tier,parent_code,region_code\n";
        String good = "pemda-33.72/" + kind + ",Unit Uji Impor,"+ kind + ",UNIT,pemda-33.72,\n";
        upload(cityAdmin, header + good
                        + "pemda-33.74/" + kind + ",Unit di kota lain," + kind + ",UNIT,pemda-33.74,\n"
                        + "pemda-33.72/X" + kind + ",Kode salah," + kind + ",UNIT,pemda-33.72,\n"
                        + good)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Baris 3:")))
                .andExpect(content().string(containsString("Baris 4:")))
                .andExpect(content().string(containsString("Baris 5:")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Baris 2:"))));
        assertThat(count("pemda-33.72/" + kind)).as("the good line was rolled back with the rest").isZero();

        upload(cityAdmin, header + good).andExpect(status().isOk())
                .andExpect(content().string(containsString("1 instansi sudah ditambahkan")));
        assertThat(count("pemda-33.72/" + kind)).isEqualTo(1);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin/instansi.csv")
                        .with(user(cityAdmin)))
                .andExpect(content().string(containsString("pemda-33.72/" + kind + ",Unit Uji Impor," + kind
                        + ",UNIT,pemda-33.72,33.72")));
    }
}
