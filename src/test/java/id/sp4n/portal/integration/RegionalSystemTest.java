package id.sp4n.portal.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A simulated regional system of Kabupaten Garut ({@code pemda-32.05}) doing what such systems do: it sends each new
 * complaint three times at once (a retrying client), receives the webhooks on its own HTTP server, and sends its two
 * updates per complaint in the wrong order, then retries the late one after re-reading. Nothing is duplicated, nothing
 * lost, and the late update never wins.
 */
@PortalTest
class RegionalSystemTest {

    private static final String API = "/api/v1/integration/complaints";
    private static final int COMPLAINTS = 5;

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffMother staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldStayInStepWithARetryingOutOfOrderRegionalSystem() throws Exception {
        try (RegionalReceiver receiver = new RegionalReceiver();
             ExecutorService clients = Executors.newFixedThreadPool(6)) {
            String key = IntegrationFixture.connect(mvc, staff.staff("garut.admin@sp4n.test", Role.AGENCY_ADMIN,
                    "pemda-32.05"), "SIAP LAPOR! Garut", "pemda-32.05", "WRITE", "6000");
            send(post("/api/v1/integration/webhooks"), key, "{\"url\": \"" + receiver.url() + "\"}", 201);

            List<Future<MockHttpServletResponse>> posts = new ArrayList<>();
            for (int i = 1; i <= COMPLAINTS; i++) {
                String body = complaint("GRT-" + i);
                for (int copy = 0; copy < 3; copy++) {
                    posts.add(clients.submit(() -> mvc.perform(post(API).header("X-API-Key", key)
                            .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse()));
                }
            }
            List<String> numbers = new ArrayList<>();
            for (Future<MockHttpServletResponse> answer : posts) {
                MockHttpServletResponse response = answer.get();
                assertThat(response.getStatus()).isIn(200, 201);
                String number = JsonPath.read(response.getContentAsString(), "$.trackingNumber");
                if (!numbers.contains(number)) {
                    numbers.add(number);
                }
            }
            assertThat(numbers).hasSize(COMPLAINTS);
            assertThat(jdbc.sql("select count(*) from complaint where title like 'Jembatan gantung GRT-%'")
                    .query(Long.class).single()).isEqualTo(COMPLAINTS);
            await().atMost(Duration.ofSeconds(30)).until(() -> numbers.stream()
                    .allMatch(n -> receiver.about(n).stream().anyMatch(r -> r.body().contains("complaint.arrived"))));

            for (String number : numbers) {
                long v0 = version(key, number);
                // The response (made against v0 + 1, after the verification) overtakes the verification.
                String respond = update(number + "-respond", v0 + 1, "RESPOND", "Jembatan diperbaiki minggu ini.");
                String verify = update(number + "-verify", v0, "VERIFY", null);
                assertThat(JsonPath.<String>read(send(post(API + "/" + number + "/updates"), key, respond, 409),
                        "$.outcome")).isEqualTo("STALE");
                Callable<MockHttpServletResponse> verifying = () -> mvc.perform(post(API + "/" + number + "/updates")
                        .header("X-API-Key", key).contentType(MediaType.APPLICATION_JSON).content(verify))
                        .andReturn().getResponse();
                Future<MockHttpServletResponse> first = clients.submit(verifying);
                Future<MockHttpServletResponse> twin = clients.submit(verifying);
                assertThat(first.get().getStatus()).isEqualTo(200);
                assertThat(twin.get().getStatus()).isEqualTo(200);
                // The late one is retried under a new name, against the version read now.
                long v1 = version(key, number);
                assertThat(v1).isGreaterThan(v0);
                send(post(API + "/" + number + "/updates"), key,
                        update(number + "-respond-2", v1, "RESPOND", "Jembatan diperbaiki minggu ini."), 200);
            }
            for (String number : numbers) {
                assertThat(jdbc.sql("""
                                select count(*) from complaint_entry e join complaint c on c.id = e.complaint_id
                                 where c.tracking_number = ? and e.kind = 'RESPONSE'""")
                        .param(number).query(Long.class).single()).isEqualTo(1);
                assertThat(JsonPath.<String>read(send(get(API + "/" + number), key, null, 200), "$.status"))
                        .isEqualTo("RESPONDED");
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> numbers.stream()
                    .allMatch(n -> receiver.about(n).size() == 3));
            assertThat(receiver.countsById().values()).containsOnly(1L);
        }
    }

    private long version(String key, String number) throws Exception {
        return ((Number) JsonPath.read(send(get(API + "/" + number), key, null, 200), "$.version")).longValue();
    }

    private String send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String key,
                        String body, int status) throws Exception {
        request.header("X-API-Key", key).contentType(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.content(body);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return response.getContentAsString();
    }

    private static String update(String id, long version, String action, String text) {
        return "{\"updateId\": \"%s\", \"version\": %d, \"action\": \"%s\"%s}".formatted(id, version, action,
                text == null ? "" : ", \"text\": \"" + text + "\"");
    }

    private static String complaint(String externalId) {
        return """
                {"externalId": "%s", "type": "PENGADUAN", "title": "Jembatan gantung %s putus",
                 "description": "Jembatan gantung di desa kami putus sejak banjir, anak-anak tidak bisa sekolah.",
                 "incidentDate": "%s", "regencyCode": "32.05", "categoryCode": "JALAN-KABUPATEN",
                 "reporter": {"name": "Warga Garut", "phone": "081234567890"}}"""
                .formatted(externalId, externalId, LocalDate.now().minusDays(2));
    }
}
