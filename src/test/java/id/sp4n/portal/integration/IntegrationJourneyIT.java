package id.sp4n.portal.integration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Page;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.identity.StaffEnrolment;
import id.sp4n.portal.support.PortalBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The integrator's journey from the guide, over real HTTP: Bandung's admin reads the guide, connects a system in the
 * browser and copies its key; the system files one complaint through Open311 and one through REST (as curl would),
 * registers a webhook on its own server and receives the arrival, takes the complaint up and answers it; a guest sees
 * the answer on the public tracking page. Every page passes axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntegrationJourneyIT {

    private static final String PASSWORD = "kata-sandi-integrasi-2026";

    static PortalBrowser browser;

    @LocalServerPort
    int port;

    @Autowired
    StaffEnrolment enrolment;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startBrowser() {
        browser = new PortalBrowser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void shouldTakeANewcomerFromTheGuideToAnAnswerOnTheTrackingPage() throws Exception {
        enrolment.enrolIfAbsent("jurnal.integrasi.bandung@sp4n.test", PASSWORD, "Admin Bandung", Role.AGENCY_ADMIN,
                "pemda-32.73");
        Page guest = browser.newPage(1280, 900);
        guest.navigate(url("/"));
        guest.getByText("Integrasi sistem daerah").click();
        assertThat(guest).hasURL(url("/integrasi"));
        PortalBrowser.assertAccessible(guest);
        guest.navigate(url("/integrasi?lang=en"));
        assertThat(guest.locator("h1")).hasText("Guide to integrating regional complaint systems");
        PortalBrowser.assertAccessible(guest);

        Page admin = browser.newPage(1280, 900);
        PortalBrowser.signIn(admin, url(""), "jurnal.integrasi.bandung@sp4n.test", PASSWORD);
        admin.navigate(url("/admin/integrasi"));
        PortalBrowser.assertAccessible(admin);
        admin.getByLabel("Nama sistem").fill("SIAP LAPOR! Kota Bandung");
        admin.getByLabel("Baca dan tulis: juga membuat pengaduan").check();
        PortalBrowser.press(admin, "Buat sistem dan kuncinya");
        PortalBrowser.assertAccessible(admin);
        String key = admin.locator("[data-issued-key]").inputValue();
        admin.getByText("Kembali ke sistem").click();
        PortalBrowser.assertAccessible(admin);

        try (RegionalReceiver receiver = new RegionalReceiver()) {
            HttpResponse<String> hook = send(HttpRequest.newBuilder(URI.create(url("/api/v1/integration/webhooks")))
                    .header("X-API-Key", key).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"url\": \"" + receiver.url() + "\"}")));
            org.assertj.core.api.Assertions.assertThat(hook.statusCode()).isEqualTo(201);

            HttpResponse<String> open311 = send(HttpRequest.newBuilder(URI.create(url("/open311/v2/requests.json")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("api_key", key,
                            "service_code", "KESEHATAN-DASAR", "attribute[regency_code]", "32.73",
                            "description", "Puskesmas Sukajadi tutup sebelum jam pelayanan berakhir",
                            "first_name", "Siti", "email", "siti@example.id")))));
            org.assertj.core.api.Assertions.assertThat(open311.statusCode()).isEqualTo(201);

            HttpResponse<String> rest = send(HttpRequest.newBuilder(URI.create(url("/api/v1/integration/complaints")))
                    .header("X-API-Key", key).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"externalId": "SIAP-JOURNEY-1", "type": "PENGADUAN",
                             "title": "Puskesmas Pasirkaliki tutup pada jam pelayanan",
                             "description": "Puskesmas tutup pukul 11.00, padahal jadwalnya sampai 14.00.",
                             "incidentDate": "%s", "regencyCode": "32.73", "categoryCode": "KESEHATAN-DASAR",
                             "reporter": {"name": "Siti", "email": "siti@example.id"}}"""
                            .formatted(LocalDate.now().minusDays(1)))));
            org.assertj.core.api.Assertions.assertThat(rest.statusCode()).isEqualTo(201);
            String number = JsonPath.read(rest.body(), "$.trackingNumber");
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.about(number).stream()
                    .anyMatch(r -> r.body().contains("complaint.arrived")));

            long version = ((Number) JsonPath.read(get("/api/v1/integration/complaints/" + number, key), "$.version"))
                    .longValue();
            String verified = update(key, number, "{\"updateId\": \"j-1\", \"version\": %d, \"action\": \"VERIFY\"}"
                    .formatted(version));
            long next = ((Number) JsonPath.read(verified, "$.complaint.version")).longValue();
            update(key, number, ("{\"updateId\": \"j-2\", \"version\": %d, \"action\": \"RESPOND\", "
                    + "\"text\": \"Puskesmas Pasirkaliki sudah ditegur dan kembali buka sampai 14.00.\"}")
                    .formatted(next));

            Page citizen = browser.newPage(1280, 900);
            citizen.navigate(url("/lacak/" + number));
            assertThat(citizen.locator("main")).containsText("sudah ditegur dan kembali buka");
            PortalBrowser.assertAccessible(citizen);
        }
    }

    private String update(String key, String number, String body) throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(
                        URI.create(url("/api/v1/integration/complaints/" + number + "/updates")))
                .header("X-API-Key", key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        org.assertj.core.api.Assertions.assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    private String get(String path, String key) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("X-API-Key", key).GET()).body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
