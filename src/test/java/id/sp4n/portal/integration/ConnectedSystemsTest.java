package id.sp4n.portal.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.sp4n.portal.identity.Role;
import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Keys of connected systems: an agency admin connects a system for their subtree only; only a hash of the key is
 * stored; the key opens the integration calls (without a session), a wrong one is refused in the caller's format,
 * a read key cannot write; rotation keeps the old key for a day, revocation stops it at once; calls over the budget
 * get 429 with Retry-After; every call is recorded by key; the system's account can never sign in.
 */
@PortalTest
class ConnectedSystemsTest {

    private static final String REQUESTS = "/open311/v2/requests.json";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffMother staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    private UserDetails bandungAdmin() {
        return staff.staff("integrasi.admin.bandung@sp4n.test", Role.AGENCY_ADMIN, "pemda-32.73");
    }

    @Test
    void shouldIssueAKeyShownOnceAndStoreOnlyItsHash() throws Exception {
        String key = IntegrationFixture.connect(mvc, bandungAdmin(), "SIAP LAPOR! Bandung", "pemda-32.73", "WRITE", "");
        assertThat(key).matches("sp4n_[a-z0-9]{12}_[A-Za-z0-9_-]{43}");
        String keyId = key.substring(5, 17);
        String stored = jdbc.sql("select secret_hash from api_key where key_id = ?").param(keyId)
                .query(String.class).single();
        assertThat(stored).hasSize(64).doesNotContain(key.substring(18));
        assertThat(jdbc.sql("select count(*) from api_key where secret_hash like ? or key_id like ?")
                .param("%" + key.substring(18) + "%").param("%" + key.substring(18) + "%")
                .query(Long.class).single()).isZero();

        MockHttpServletResponse answer = mvc.perform(get(REQUESTS).header("X-API-Key", key))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(answer.getHeader("Set-Cookie")).isNull();
        assertThat(answer.getContentAsString()).startsWith("[");
        mvc.perform(get(REQUESTS).header("Authorization", "Bearer " + key)).andExpect(status().isOk());
        assertThat(jdbc.sql("select status from api_call where key_id = ? order by id").param(keyId)
                .query(Integer.class).list()).containsExactly(200, 200);

        String page = mvc.perform(get("/admin/integrasi").with(user(bandungAdmin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("SIAP LAPOR! Bandung").doesNotContain(key);
    }

    @Test
    void shouldRefuseWrongKeysReadOnlyWritesAndAnonymousWrites() throws Exception {
        String readKey = IntegrationFixture.connect(mvc, bandungAdmin(), "Dasbor Bandung", "pemda-32.73", "READ", "");
        String wrong = readKey.substring(0, readKey.length() - 2) + (readKey.endsWith("AA") ? "BB" : "AA");

        String refused = mvc.perform(get(REQUESTS).header("X-API-Key", wrong))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("\"code\":\"401\"").contains("Kunci API tidak dikenal");
        mvc.perform(get("/open311/v2/requests.xml").header("X-API-Key", "not-a-key"))
                .andExpect(status().isUnauthorized())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("<errors><error><code>401</code>"));
        String readOnly = mvc.perform(post(REQUESTS).header("X-API-Key", readKey).param("service_code", "JALAN"))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(readOnly).contains("hanya untuk membaca");
        String noKey = mvc.perform(post(REQUESTS).header("Accept-Language", "en").param("service_code", "JALAN"))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
        assertThat(noKey).contains("This call needs an API key");
    }

    @Test
    void shouldConnectOnlyInsideTheAdminsSubtreeAndExplainBadInput() throws Exception {
        long before = jdbc.sql("select count(*) from connected_system").query(Long.class).single();
        Document province = form("Aplikasi provinsi", "pemda-32", "READ", "");
        assertThat(province.select("[data-refusal]").text()).contains("instansi Anda atau unit di bawahnya");
        Document badCalls = form("Aplikasi kota", "pemda-32.73", "WRITE", "lima");
        assertThat(badCalls.select("[data-refused-here]").text()).contains("\u201clima\u201d").contains("60.000");
        assertThat(badCalls.select("#system-name").attr("value")).isEqualTo("Aplikasi kota");
        Document noName = form(" ", "pemda-32.73", "WRITE", "");
        assertThat(noName.select("[data-refused-here]").text()).contains("nama sistem");
        Document badAgency = form("Aplikasi kota", "pemda-99.99", "WRITE", "");
        assertThat(badAgency.select("[data-refused-here]").text()).contains("pemda-99.99");
        Document badAccess = form("Aplikasi kota", "pemda-32.73", "SUPER", "");
        assertThat(badAccess.select("[data-refused-here]").text()).contains("Pilih akses");
        assertThat(jdbc.sql("select count(*) from connected_system").query(Long.class).single()).isEqualTo(before);

        mvc.perform(get("/admin/integrasi").with(user(staff.staff("integrasi.petugas@sp4n.test", Role.OFFICER,
                "pemda-32.73")))).andExpect(status().isForbidden());
    }

    @Test
    void shouldKeepARotatedKeyForADayAndStopARevokedOneAtOnce() throws Exception {
        UserDetails admin = bandungAdmin();
        String first = IntegrationFixture.connect(mvc, admin, "Aplikasi rotasi", "pemda-32.73", "READ", "");
        long system = jdbc.sql("select system_id from api_key where key_id = ?").param(first.substring(5, 17))
                .query(Long.class).single();
        String page = mvc.perform(post("/admin/integrasi/" + system + "/putar").with(user(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getHeader("Cache-Control")).isEqualTo("no-store"))
                .andReturn().getResponse().getContentAsString();
        String second = Jsoup.parse(page).selectFirst("[data-issued-key]").attr("value");
        assertThat(second).isNotEqualTo(first);
        mvc.perform(get(REQUESTS).header("X-API-Key", first)).andExpect(status().isOk());
        mvc.perform(get(REQUESTS).header("X-API-Key", second)).andExpect(status().isOk());
        assertThat(jdbc.sql("select expires_at is not null from api_key where key_id = ?")
                .param(first.substring(5, 17)).query(Boolean.class).single()).isTrue();

        mvc.perform(post("/admin/integrasi/" + system + "/cabut").with(user(admin)).with(csrf())
                .param("kunci", first.substring(5, 17))).andExpect(status().is3xxRedirection());
        mvc.perform(get(REQUESTS).header("X-API-Key", first)).andExpect(status().isUnauthorized());
        mvc.perform(get(REQUESTS).header("X-API-Key", second)).andExpect(status().isOk());
        mvc.perform(post("/admin/integrasi/" + system + "/cabut").with(user(admin)).with(csrf())
                .param("kunci", first.substring(5, 17))).andExpect(status().isNotFound());

        String detail = mvc.perform(get("/admin/integrasi/" + system).with(user(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(detail).select("[data-calls] tbody tr")).hasSize(3);

        mvc.perform(post("/admin/integrasi/" + system + "/tutup").with(user(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(REQUESTS).header("X-API-Key", second)).andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("""
                        select a.enabled from account a join connected_system s on s.account_id = a.id where s.id = ?""")
                .param(system).query(Boolean.class).single()).isFalse();
        UserDetails other = staff.staff("integrasi.admin.bogor@sp4n.test", Role.AGENCY_ADMIN, "pemda-32.71");
        mvc.perform(get("/admin/integrasi/" + system).with(user(other))).andExpect(status().isNotFound());
    }

    @Test
    void shouldAnswer429WithRetryAfterOverTheKeysBudget() throws Exception {
        String key = IntegrationFixture.connect(mvc, bandungAdmin(), "Aplikasi hemat", "pemda-32.73", "READ", "2");
        mvc.perform(get(REQUESTS).header("X-API-Key", key)).andExpect(status().isOk());
        mvc.perform(get(REQUESTS).header("X-API-Key", key)).andExpect(status().isOk());
        MockHttpServletResponse third = mvc.perform(get(REQUESTS).header("X-API-Key", key))
                .andExpect(status().isTooManyRequests()).andReturn().getResponse();
        assertThat(Integer.parseInt(third.getHeader("Retry-After"))).isBetween(1, 60);
        assertThat(third.getContentAsString()).contains("\"code\":\"429\"").contains("2 panggilan per menit");
        assertThat(jdbc.sql("select status from api_call where key_id = ? order by id").param(key.substring(5, 17))
                .query(Integer.class).list()).containsExactly(200, 200, 429);
    }

    @Test
    void shouldNeverLetASystemAccountSignIn() throws Exception {
        String key = IntegrationFixture.connect(mvc, bandungAdmin(), "Aplikasi masuk", "pemda-32.73", "READ", "");
        String email = jdbc.sql("""
                        select a.email from account a join connected_system s on s.account_id = a.id
                          join api_key k on k.system_id = s.id where k.key_id = ?""")
                .param(key.substring(5, 17)).query(String.class).single();
        assertThat(email).endsWith("@integrasi.invalid");
        assertThat(accounts.loadUserByUsername(email).isEnabled()).isFalse();
        String staffPage = mvc.perform(get("/admin/petugas").param("agency", "pemda-32.73").with(user(bandungAdmin())))
                .andReturn().getResponse().getContentAsString();
        assertThat(staffPage).doesNotContain(email);
    }

    private Document form(String name, String agency, String access, String calls) throws Exception {
        String page = mvc.perform(post("/admin/integrasi").with(user(bandungAdmin())).with(csrf())
                        .param("name", name).param("agencyCode", agency).param("access", access)
                        .param("callsPerMinute", calls))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(400, 403))
                .andReturn().getResponse().getContentAsString();
        return Jsoup.parse(page);
    }
}
