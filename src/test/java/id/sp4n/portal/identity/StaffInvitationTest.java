package id.sp4n.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sp4n.portal.support.PortalTest;
import java.util.UUID;

import id.sp4n.portal.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Staff created without a password get a mailed invitation and choose their own password; nobody else ever knows
 * it. The link works once and for seven days; the admin can send a new one, which replaces it.
 */
@PortalTest
class StaffInvitationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffEnrolment enrolment;

    @Autowired
    UserDetailsService accounts;

    UserDetails provinceAdmin;
    String email;

    @BeforeEach
    void enrol() {
        enrolment.enrolIfAbsent("undangan.jabar@sp4n.test", "kata-sandi-undangan-2026", "Admin Jabar",
                Role.AGENCY_ADMIN, "pemda-32");
        provinceAdmin = accounts.loadUserByUsername("undangan.jabar@sp4n.test");
        email = "petugas-" + UUID.randomUUID() + "@jabarprov.go.id";
    }

    private MockHttpServletRequestBuilder choose(String token, String password, String confirmation) {
        return post("/undangan").with(csrf()).param("token", token).param("password", password)
                .param("passwordConfirmation", confirmation);
    }

    private static String token(MimeMessage mail) {
        return TestMail.firstLink(mail).replaceAll(".*token=([A-Za-z0-9_-]+).*", "$1");
    }

    private long accountId() {
        return jdbc.sql("select id from account where email = ?").param(email).query(Long.class).single();
    }

    @Test
    void shouldLetTheInvitedOfficerChooseTheirOwnPasswordOnce() throws Exception {
        mvc.perform(post("/admin/petugas").with(user(provinceAdmin)).with(csrf()).param("agency", "pemda-32.73")
                        .param("role", "OFFICER").param("email", email).param("name", "Rina Kartika").param("password", ""))
                .andExpect(status().is3xxRedirection());
        MimeMessage mail = TestMail.awaitTo(email, 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("Undangan akun petugas SP4N");
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(mail)).contains("Petugas")
                .contains("Pemerintah Kota Bandung");
        String token = token(mail);
        assertThat(jdbc.sql("select after_state ->> 'invited' from audit_log where object_id = ? and action = 'STAFF_CREATE'")
                .param(email).query(String.class).single()).isEqualTo("true");

        mvc.perform(get("/undangan").param("token", token))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Halo Rina Kartika")));
        mvc.perform(choose(token, "Gedung-Sate-2026", "Gedung-Sate-2027")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Kedua kata sandi tidak sama")));
        mvc.perform(choose(token, "bismillah", "bismillah")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("terlalu umum")));
        mvc.perform(formLogin("/masuk").userParameter("email").user(email).password("Gedung-Sate-2026"))
                .andExpect(unauthenticated());

        mvc.perform(choose(token, "Gedung-Sate-2026", "Gedung-Sate-2026")).andExpect(redirectedUrl("/masuk?undangan"));
        mvc.perform(formLogin("/masuk").userParameter("email").user(email).password("Gedung-Sate-2026"))
                .andExpect(authenticated().withRoles("OFFICER"));
        mvc.perform(get("/undangan").param("token", token)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("tidak berlaku lagi")));
        mvc.perform(choose(token, "Gedung-Sate-2028", "Gedung-Sate-2028")).andExpect(status().isNotFound());
        mvc.perform(formLogin("/masuk").userParameter("email").user(email).password("Gedung-Sate-2028"))
                .andExpect(unauthenticated());
    }

    @Test
    void shouldReplaceALinkWhenTheAdminSendsANewOneAndRefuseExpiredOrUnknownLinks() throws Exception {
        enrolment.enrolIfAbsent(email, "kata-sandi-lama-2026", "Budi Santoso", Role.OFFICER, "pemda-32");
        enrolment.enrolIfAbsent("undangan.jateng@sp4n.test", "kata-sandi-undangan-2026", "Admin Jateng",
                Role.AGENCY_ADMIN, "pemda-33");
        UserDetails otherProvinceAdmin = accounts.loadUserByUsername("undangan.jateng@sp4n.test");
        mvc.perform(post("/admin/petugas/{id}/undangan", accountId()).with(user(otherProvinceAdmin)).with(csrf())
                .param("agency", "pemda-32")).andExpect(status().isForbidden());

        mvc.perform(post("/admin/petugas/{id}/undangan", accountId()).with(user(provinceAdmin)).with(csrf())
                .param("agency", "pemda-32")).andExpect(redirectedUrl("/admin/petugas?agency=pemda-32&selesai=undangan"));
        String first = token(TestMail.awaitTo(email, 1).get(0));
        mvc.perform(post("/admin/petugas/{id}/undangan", accountId()).with(user(provinceAdmin)).with(csrf())
                .param("agency", "pemda-32")).andExpect(status().is3xxRedirection());
        String second = token(TestMail.awaitTo(email, 2).get(1));

        mvc.perform(get("/undangan").param("token", first)).andExpect(status().isNotFound());
        mvc.perform(get("/undangan").param("token", "x".repeat(500))).andExpect(status().isNotFound());
        mvc.perform(get("/undangan")).andExpect(status().isNotFound());
        // Until a new password is chosen, the old one still works.
        mvc.perform(formLogin("/masuk").userParameter("email").user(email).password("kata-sandi-lama-2026"))
                .andExpect(authenticated());

        jdbc.sql("update staff_invitation set expires_at = now() - interval '1 minute' where account_id = ?")
                .param(accountId()).update();
        mvc.perform(get("/undangan").param("token", second)).andExpect(status().isNotFound());

        jdbc.sql("update account set enabled = false where id = ?").param(accountId()).update();
        mvc.perform(post("/admin/petugas/{id}/undangan", accountId()).with(user(provinceAdmin)).with(csrf())
                .param("agency", "pemda-32")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Aktifkan akun ini dahulu")));
    }
}
