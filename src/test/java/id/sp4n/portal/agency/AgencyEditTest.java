package id.sp4n.portal.agency;

import static id.sp4n.portal.support.ComplaintFormMother.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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

/** Editing an agency: name, contacts and its own complaint door, which when closed sends people to the national form. */
@PortalTest
class AgencyEditTest {

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

    UserDetails soloAdmin;

    @BeforeEach
    void enrol() {
        enrolment.enrolIfAbsent("ubah.solo@sp4n.test", "kata-sandi-ubah-2026", "Admin Solo", Role.AGENCY_ADMIN,
                "pemda-33.72");
        soloAdmin = accounts.loadUserByUsername("ubah.solo@sp4n.test");
    }

    @AfterEach
    void restore() {
        jdbc.sql("""
                        update agency set door_open = true, contact_email = null, contact_phone = null,
                                          contact_address = null, name = 'Pemerintah Kota Surakarta'
                         where code = 'pemda-33.72'""").update();
        hierarchy.invalidate();
    }

    private MockHttpServletRequestBuilder edit(String code, boolean doorOpen, String email) {
        return post("/admin/instansi/ubah").with(user(soloAdmin)).with(csrf()).param("kode", code)
                .param("name", "Pemerintah Kota Surakarta").param("doorOpen", String.valueOf(doorOpen))
                .param("contactEmail", email).param("contactPhone", "0271 123456")
                .param("contactAddress", "Jl. Jenderal Sudirman No. 2, Surakarta");
    }

    @Test
    void shouldCloseTheDoorAndPublishContacts() throws Exception {
        mvc.perform(edit("pemda-33.74", false, "")).andExpect(status().isForbidden());
        mvc.perform(edit("pemda-33.72", false, "bukan-email")).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select door_open from agency where code = 'pemda-33.72'").query(Boolean.class).single())
                .isTrue();

        mvc.perform(edit("pemda-33.72", false, "pengaduan@surakarta.go.id")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/instansi/pemda-33.72"))
                .andExpect(content().string(containsString("pengaduan@surakarta.go.id")))
                .andExpect(content().string(containsString("Pintu pengaduan ditutup")));
        mvc.perform(get("/instansi/pemda-33.72/lapor")).andExpect(redirectedUrl("/lapor?ditutup=pemda-33.72"));
        mvc.perform(get("/lapor").param("ditutup", "pemda-33.72"))
                .andExpect(content().string(containsString("sedang ditutup")));
        // A form opened before the door closed still arrives, at the national desk.
        String number = mvc.perform(aComplaint().with("provinceCode", "33").with("regencyCode", "33.72")
                        .postTo("/instansi/pemda-33.72/lapor"))
                .andReturn().getResponse().getRedirectedUrl().replaceAll(".*nomor=([^&]+).*", "$1");
        assertThat(jdbc.sql("select door_agency_code from complaint where tracking_number = ?").param(number)
                .query(String.class).single()).isEqualTo("kemenpanrb");
        assertThat(jdbc.sql("select action from audit_log where object_type = 'agency' and object_id = 'pemda-33.72'")
                .query(String.class).list()).contains("AGENCY_EDIT");
    }
}
