package id.sp4n.portal.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sp4n.portal.identity.Role;
import id.sp4n.portal.identity.StaffEnrolment;
import id.sp4n.portal.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The national admin adds and edits categories; routing follows the change; bad input changes nothing. */
@PortalTest
class CategoryAdministrationTest {

    private static final String CODE = "PERPUSTAKAAN-UJI";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffEnrolment enrolment;

    @Autowired
    UserDetailsService accounts;

    UserDetails nationalAdmin;
    UserDetails agencyAdmin;

    @BeforeEach
    void enrol() {
        enrolment.enrolIfAbsent("kategori.nasional@sp4n.test", "kata-sandi-kategori-2026", "Admin Nasional",
                Role.NATIONAL_ADMIN, "kemenpanrb");
        enrolment.enrolIfAbsent("kategori.jabar@sp4n.test", "kata-sandi-kategori-2026", "Admin Jabar",
                Role.AGENCY_ADMIN, "pemda-32");
        nationalAdmin = accounts.loadUserByUsername("kategori.nasional@sp4n.test");
        agencyAdmin = accounts.loadUserByUsername("kategori.jabar@sp4n.test");
    }

    @AfterEach
    void removeTestCategory() {
        jdbc.sql("delete from category where code = ?").param(CODE).update();
    }

    private MockHttpServletRequestBuilder save(UserDetails who, String code, String tier, String handler) {
        return post("/admin/kategori").with(user(who)).with(csrf()).param("code", code)
                .param("nameId", "Perpustakaan daerah (uji)").param("nameEn", "Regional libraries (test)")
                .param("tier", tier).param("handler", handler).param("keywords", "perpustakaan, buku, Buku");
    }

    private long stored() {
        return jdbc.sql("select count(*) from category where code = ?").param(CODE).query(Long.class).single();
    }

    @Test
    void shouldAddAndEditACategoryThatRoutingUsesAtOnce() throws Exception {
        mvc.perform(save(agencyAdmin, CODE, "REGENCY", "DISDIK")).andExpect(status().isForbidden());
        mvc.perform(save(nationalAdmin, "kode kecil", "REGENCY", "DISDIK")).andExpect(status().isBadRequest());
        mvc.perform(save(nationalAdmin, CODE, "REGENCY", "")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("diisi bersama")));
        mvc.perform(save(nationalAdmin, CODE, "CENTRAL", "kementerian-fiktif")).andExpect(status().isBadRequest());
        mvc.perform(save(nationalAdmin, CODE, "REGENCY", "DINAS-FIKTIF")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("DINAS-FIKTIF")));
        mvc.perform(save(nationalAdmin, CODE, "DESA", "DISDIK")).andExpect(status().isBadRequest());
        assertThat(stored()).isZero();

        mvc.perform(save(nationalAdmin, CODE, "REGENCY", "DISDIK")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select array_to_string(keywords, ',') from category where code = ?").param(CODE)
                .query(String.class).single()).isEqualTo("perpustakaan,buku");
        mvc.perform(get("/admin/simulasi").with(user(agencyAdmin)).param("pintu", "kemenpanrb").param("kategori", CODE)
                        .param("wilayah", "32.73"))
                .andExpect(content().string(containsString("data-to=\"pemda-32.73/DISDIK\"")));

        mvc.perform(save(nationalAdmin, CODE, "PROVINCE", "DISDIK")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/simulasi").with(user(agencyAdmin)).param("pintu", "kemenpanrb").param("kategori", CODE)
                        .param("wilayah", "32.73"))
                .andExpect(content().string(containsString("data-to=\"pemda-32/DISDIK\"")));
        assertThat(jdbc.sql("select action from audit_log where object_type = 'category' and object_id = ? order by id")
                .param(CODE).query(String.class).list()).containsExactly("CATEGORY_CREATE", "CATEGORY_EDIT");
        mvc.perform(get("/admin/kategori").with(user(nationalAdmin)).param("kode", CODE))
                .andExpect(content().string(containsString("Ubah kategori " + CODE)));
    }
}
