package id.sp4n.portal.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Webhooks to a simulated regional system of Kota Cimahi ({@code pemda-32.77}), a real HTTP server: a complaint that
 * arrives in its subtree and every change to it are delivered, signed with the Standard Webhooks scheme, once each;
 * while the app answers 500 a delivery is retried on the schedule and then given up on; the dead letter is listed
 * and, once replayed, delivered; a complaint of another regency is never sent to it; a bad address is refused.
 */
@PortalTest
class WebhookTest {

    private static final String HOOKS = "/api/v1/integration/webhooks";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffMother staff;

    @Autowired
    JdbcClient jdbc;

    private RegionalReceiver receiver;
    private String writeKey;
    private String readKey;
    private String secret;

    @BeforeEach
    void connect() throws Exception {
        receiver = new RegionalReceiver();
        var admin = staff.staff("webhook.admin.cimahi@sp4n.test", Role.AGENCY_ADMIN, "pemda-32.77");
        writeKey = IntegrationFixture.connect(mvc, admin, "Aplikasi Cimahi", "pemda-32.77", "WRITE", "6000");
        readKey = IntegrationFixture.connect(mvc, admin, "Pemantau Cimahi", "pemda-32.77", "READ", "6000");
        String registered = mvc.perform(post(HOOKS).header("X-API-Key", readKey).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\": \"" + receiver.url() + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        secret = JsonPath.read(registered, "$.secret");
        assertThat(secret).startsWith("whsec_");
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void shouldDeliverArrivalAndChangesSignedAndOnceEach() throws Exception {
        String number = file("CMH-1", "Puskesmas Cimahi Tengah kehabisan vaksin");
        await().atMost(Duration.ofSeconds(20)).until(() -> !receiver.about(number).isEmpty());
        RegionalReceiver.Received arrived = receiver.about(number).getFirst();
        assertThat((String) JsonPath.read(arrived.body(), "$.type")).isEqualTo("complaint.arrived");
        assertThat((String) JsonPath.read(arrived.body(), "$.data.agencyCode")).startsWith("pemda-32.77");
        assertThat(arrived.body()).doesNotContain("warga.cimahi@example.id");
        assertThat(arrived.signature()).isEqualTo(WebhookSignature.sign(secret, arrived.id(),
                Long.parseLong(arrived.timestamp()), arrived.body()));
        assertThat(Math.abs(Long.parseLong(arrived.timestamp()) - Instant.now().getEpochSecond())).isLessThan(60);

        long version = jdbc.sql("select version from complaint where tracking_number = ?").param(number)
                .query(Long.class).single();
        mvc.perform(post("/api/v1/integration/complaints/" + number + "/updates").header("X-API-Key", writeKey)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"updateId\": \"cmh-u1\", \"version\": " + version + ", \"action\": \"VERIFY\"}"))
                .andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.about(number).size() == 2);
        RegionalReceiver.Received changed = receiver.about(number).get(1);
        assertThat((String) JsonPath.read(changed.body(), "$.type")).isEqualTo("complaint.changed");
        assertThat((String) JsonPath.read(changed.body(), "$.data.action")).isEqualTo("VERIFY");
        assertThat((String) JsonPath.read(changed.body(), "$.data.status")).isEqualTo("IN_PROGRESS");
        assertThat(receiver.countsById().values()).containsOnly(1L);

        // Filed at Cimahi's door about Kota Bandung: routed to Bandung, so Cimahi is never told.
        String elsewhere = file("CMH-3", "Puskesmas di Kota Bandung tutup lebih awal", "32.73");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from complaint where tracking_number = ? and routed_at is not null").param(elsewhere)
                .query(Long.class).single() == 1);
        Thread.sleep(1500);
        assertThat(receiver.about(elsewhere)).isEmpty();
    }

    @Test
    void shouldRetryAFailingAppThenListTheDeadLetterAndDeliverItOnReplay() throws Exception {
        receiver.answer(500);
        String number = file("CMH-2", "Puskesmas Cimahi Utara menolak pasien lansia");
        await().atMost(Duration.ofSeconds(20)).until(() -> attempts(number) >= 1 && !"SENDING".equals(state(number)));
        assertThat(state(number)).isEqualTo("PENDING");
        for (int attempt = 2; attempt <= WebhookSender.RETRIES.size() + 1; attempt++) {
            // The schedule's waits (5 s to 10 h) are skipped: the delivery is made due at once, as time passing would.
            jdbc.sql("""
                            update webhook_delivery set next_attempt_at = now() where tracking_number = ?
                               and status = 'PENDING'""").param(number).update();
            int expected = attempt;
            await().atMost(Duration.ofSeconds(20)).until(() -> attempts(number) >= expected
                    && !"SENDING".equals(state(number)));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> "DEAD".equals(state(number)));
        assertThat(receiver.about(number)).isEmpty();
        String dead = mvc.perform(get(HOOKS + "/deliveries").param("status", "DEAD").header("X-API-Key", readKey))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(dead, "$[*].trackingNumber")).contains(number);
        assertThat((List<Integer>) JsonPath.read(dead, "$[*].lastStatus")).contains(500);

        // The agency admin sees the dead letter on the system's page and sends it again.
        long system = jdbc.sql("select system_id from api_key where key_id = ?").param(readKey.substring(5, 17))
                .query(Long.class).single();
        var admin = staff.staff("webhook.admin.cimahi@sp4n.test", Role.AGENCY_ADMIN, "pemda-32.77");
        String page = mvc.perform(get("/admin/integrasi/" + system).with(user(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select("[data-delivery-state=DEAD]")).hasSize(1);
        receiver.answer(200);
        mvc.perform(post("/admin/integrasi/" + system + "/webhook/ulang").with(user(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("diulang=1"));
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.about(number).size() == 1);
        assertThat(state(number)).isEqualTo("DELIVERED");
        assertThat(mvc.perform(post(HOOKS + "/deliveries/replay").header("X-API-Key", readKey))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).isEqualTo("{\"queued\":0}");
        mvc.perform(get(HOOKS + "/deliveries").param("status", "LAMA").header("X-API-Key", readKey))
                .andExpect(status().isBadRequest());
    }

    @Test
    void shouldRefuseABadAddressAndKeepNothing() throws Exception {
        long before = jdbc.sql("select count(*) from webhook_endpoint").query(Long.class).single();
        for (String url : List.of("ftp://contoh.go.id/hook", "http://pengguna:sandi@contoh.go.id/hook", "bukan alamat",
                "")) {
            String refused = mvc.perform(post(HOOKS).header("X-API-Key", writeKey)
                            .contentType(MediaType.APPLICATION_JSON).content("{\"url\": \"" + url + "\"}"))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
            assertThat(refused).contains("http atau https");
        }
        mvc.perform(post(HOOKS).header("X-API-Key", writeKey).contentType(MediaType.APPLICATION_JSON).content("{"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(HOOKS + "/999999/disable").header("X-API-Key", writeKey)).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from webhook_endpoint").query(Long.class).single()).isEqualTo(before);
    }

    private String file(String externalId, String title) throws Exception {
        return file(externalId, title, "32.77");
    }

    private String file(String externalId, String title, String regency) throws Exception {
        String body = """
                {"externalId": "%s", "type": "PENGADUAN", "title": "%s",
                 "description": "%s, sudah dua minggu.", "incidentDate": "%s",
                 "regencyCode": "%s", "categoryCode": "KESEHATAN-DASAR",
                 "reporter": {"name": "Warga Cimahi", "email": "warga.cimahi@example.id"}}"""
                .formatted(externalId, title, title, LocalDate.now().minusDays(1), regency);
        return JsonPath.read(mvc.perform(post("/api/v1/integration/complaints").header("X-API-Key", writeKey)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString(), "$.trackingNumber");
    }

    private int attempts(String number) {
        return jdbc.sql("select coalesce(max(attempts), 0) from webhook_delivery where tracking_number = ?").param(number)
                .query(Integer.class).single();
    }

    private String state(String number) {
        return jdbc.sql("select status from webhook_delivery where tracking_number = ?").param(number)
                .query(String.class).single();
    }
}
