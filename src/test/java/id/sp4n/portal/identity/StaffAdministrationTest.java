package id.sp4n.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import id.sp4n.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Staff accounts managed by administrators: who may create whom where, bad input, role changes, deactivation. */
@PortalTest
class StaffAdministrationTest {

    private static final String PASSWORD = "Sandi-Petugas-2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffEnrolment enrolment;

    @Autowired
    UserDetailsService accounts;

    UserDetails cityAdmin;
    UserDetails nationalAdmin;

    @BeforeEach
    void enrol() {
        enrolment.enrolIfAbsent("staf.admin.bandung@sp4n.test", PASSWORD, "Admin Bandung", Role.AGENCY_ADMIN, "pemda-32.73");
        enrolment.enrolIfAbsent("staf.admin.nasional@sp4n.test", PASSWORD, "Admin Nasional", Role.NATIONAL_ADMIN, "kemenpanrb");
        cityAdmin = accounts.loadUserByUsername("staf.admin.bandung@sp4n.test");
        nationalAdmin = accounts.loadUserByUsername("staf.admin.nasional@sp4n.test");
    }

    private static String newEmail() {
        return "staf-" + UUID.randomUUID().toString().substring(0, 8) + "@sp4n.test";
    }

    private MockHttpServletRequestBuilder create(UserDetails admin, String agency, String role, String email,
                                                 String name, String password) {
        return post("/admin/petugas").with(user(admin)).with(csrf()).param("agency", agency).param("role", role)
                .param("email", email).param("name", name).param("password", password);
    }

    private long accountsWith(String email) {
        return jdbc.sql("select count(*) from account where email = ?").param(email).query(Long.class).single();
    }

    @ParameterizedTest(name = "admin of pemda-32.73 creates {1} at {0} → {2}")
    @CsvSource({
            "pemda-32.73/DISDIK, OFFICER, 302",
            "pemda-32.73, AGENCY_ADMIN, 302",
            "pemda-32, OFFICER, 403",
            "pemda-32.04, OFFICER, 403",
            "kemenkes, OFFICER, 403",
            "pemda-32.73, NATIONAL_ADMIN, 403",
            "pemda-32.73, OVERSIGHT, 403",
            "tidak-ada, OFFICER, 404"})
    void shouldLetAnAgencyAdminManageOnlyTheirSubtree(String agency, String role, int expected) throws Exception {
        String email = newEmail();
        int actual = mvc.perform(create(cityAdmin, agency, role, email, "Petugas Baru", PASSWORD)).andReturn()
                .getResponse().getStatus();
        assertThat(actual).isEqualTo(expected);
        assertThat(accountsWith(email)).isEqualTo(expected == 302 ? 1 : 0);
    }

    @Test
    void shouldLetTheNationalAdminCreateOversightAccounts() throws Exception {
        String email = newEmail();
        mvc.perform(create(nationalAdmin, "ombudsman", "OVERSIGHT", email, "Pemeriksa Ombudsman", PASSWORD))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select role from account where email = ?").param(email).query(String.class).single())
                .isEqualTo("OVERSIGHT");
        mvc.perform(post("/admin/petugas").with(user("warga@sp4n.test").roles("CITIZEN")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void shouldRefuseBadInputAndCreateNothing() throws Exception {
        mvc.perform(create(cityAdmin, "pemda-32.73", "OFFICER", "bukan-email", "Nama", PASSWORD))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("alamat e-mail")));
        String email = newEmail();
        mvc.perform(create(cityAdmin, "pemda-32.73", "OFFICER", email, " ", PASSWORD)).andExpect(status().isBadRequest());
        mvc.perform(create(cityAdmin, "pemda-32.73", "OFFICER", email, "Nama", "123")).andExpect(status().isBadRequest());
        mvc.perform(create(cityAdmin, "pemda-32.73", "RAJA", email, "Nama", PASSWORD)).andExpect(status().isBadRequest());
        assertThat(accountsWith(email)).isZero();
        mvc.perform(create(cityAdmin, "pemda-32.73", "OFFICER", "staf.admin.nasional@sp4n.test", "Nama", PASSWORD))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("sudah dipakai")));
    }

    @Test
    void shouldChangeRolesAndDeactivateSoThePersonCannotSignIn() throws Exception {
        String email = newEmail();
        mvc.perform(create(cityAdmin, "pemda-32.73/DINKES", "OFFICER", email, "Petugas Dinkes", PASSWORD))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from account where email = ?").param(email).query(Long.class).single();
        mvc.perform(post("/admin/petugas/" + id + "/peran").with(user(cityAdmin)).with(csrf())
                        .param("agency", "pemda-32.73/DINKES").param("role", "AGENCY_ADMIN"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/petugas/" + id + "/peran").with(user(cityAdmin)).with(csrf())
                        .param("agency", "pemda-32.73/DINKES").param("role", "NATIONAL_ADMIN"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select role from account where id = ?").param(id).query(String.class).single())
                .isEqualTo("AGENCY_ADMIN");

        mvc.perform(post("/admin/petugas/" + id + "/status").with(user(cityAdmin)).with(csrf())
                        .param("agency", "pemda-32.73/DINKES").param("enabled", "false"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(formLogin("/masuk").userParameter("email").user(email).password(PASSWORD))
                .andExpect(redirectedUrl("/masuk?error"));
        long self = jdbc.sql("select id from account where email = 'staf.admin.bandung@sp4n.test'").query(Long.class).single();
        mvc.perform(post("/admin/petugas/" + self + "/status").with(user(cityAdmin)).with(csrf())
                        .param("agency", "pemda-32.73").param("enabled", "false"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/admin/petugas").with(user(cityAdmin)).param("agency", "pemda-32.73/DINKES"))
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(containsString("Nonaktif")));
        assertThat(jdbc.sql("select action from audit_log where object_id = ? order by id").param(email)
                .query(String.class).list()).containsExactly("STAFF_CREATE", "STAFF_ROLE", "STAFF_DISABLE");
    }

    private Cookie signIn(String email) throws Exception {
        Cookie session = mvc.perform(formLogin("/masuk").userParameter("email").user(email).password(PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
        assertThat(session).as("a session cookie").isNotNull();
        return session;
    }

    @Test
    void shouldEndEverySessionOfADemotedOrDeactivatedAccountAtOnce() throws Exception {
        String email = newEmail();
        mvc.perform(create(cityAdmin, "pemda-32.73", "AGENCY_ADMIN", email, "Admin Sementara", PASSWORD))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from account where email = ?").param(email).query(Long.class).single();
        Cookie office = signIn(email);
        Cookie phone = signIn(email);
        mvc.perform(get("/admin/petugas").cookie(office).param("agency", "pemda-32.73")).andExpect(status().isOk());

        mvc.perform(post("/admin/petugas/" + id + "/peran").with(user(cityAdmin)).with(csrf())
                        .param("agency", "pemda-32.73").param("role", "OFFICER"))
                .andExpect(status().is3xxRedirection());
        // The admin rights the old sessions carried are gone on the very next request, in both browsers.
        for (Cookie session : new Cookie[] {office, phone}) {
            mvc.perform(get("/admin/petugas").cookie(session).param("agency", "pemda-32.73"))
                    .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/masuk"));
        }

        Cookie again = signIn(email);
        mvc.perform(get("/petugas").cookie(again)).andExpect(status().isOk());
        mvc.perform(post("/admin/petugas/" + id + "/status").with(user(cityAdmin)).with(csrf())
                        .param("agency", "pemda-32.73").param("enabled", "false"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/petugas").cookie(again)).andExpect(redirectedUrl("/masuk"));
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?").param(email)
                .query(Long.class).single()).isZero();
    }
}
