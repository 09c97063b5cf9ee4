package id.sp4n.portal.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The mixed soak of issue 19 against a running portal (by default the scaled setup's balancer): citizens file
 * complaints through the form and follow their private link, anonymous visitors read the public pages, two officers
 * work their inboxes (open cases, verify new ones), a national admin looks through the administration. Run by
 * {@code src/test/load/run-soak.sh}, which also samples memory and latency over time. Passes only with no failed
 * request and a p99 under one second.
 */
public class SoakSimulation extends Simulation {

    private static final String URL = System.getProperty("soak.url", "http://localhost:8080");
    private static final Duration LENGTH = Duration.ofMinutes(Long.getLong("soak.minutes", 30));
    private static final double SCALE = Double.parseDouble(System.getProperty("soak.scale", "1"));
    private static final String OFFICER_PASSWORD = "beban-inbox-2026";
    private static final String[][] PLACES = {{"32", "32.73"}, {"31", "31.74"}, {"35", "35.78"}, {"73", "73.71"}};
    private static final String[] CATEGORIES = {"PENDIDIKAN-DASAR", "JALAN-KABUPATEN", "ADMINDUK", "KESEHATAN-DASAR",
            "SAMPAH-KEBERSIHAN", "AIR-MINUM"};

    private final HttpProtocolBuilder portal = http.baseUrl(URL).acceptHeader("text/html")
            .acceptLanguageHeader("id").acceptEncodingHeader("gzip").userAgentHeader("sp4n-soak");

    /** Every filing is a new complaint: its own form key, place and category. */
    private static final Iterator<Map<String, Object>> FILINGS = Stream.generate(() -> {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String[] place = PLACES[random.nextInt(PLACES.length)];
        return Map.<String, Object>of("formKey", UUID.randomUUID().toString().replace("-", ""),
                "province", place[0], "regency", place[1],
                "category", CATEGORIES[random.nextInt(CATEGORIES.length)],
                "incidentDate", LocalDate.now().minusDays(1 + random.nextInt(20)).toString(),
                "serial", Integer.toString(random.nextInt(1_000_000)));
    }).iterator();

    private static ChainBuilder signIn(String email, String password) {
        return exec(http("sign-in form").get("/masuk").check(css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http("sign in").post("/masuk").formParam("email", email).formParam("password", password)
                        .formParam("_csrf", "#{csrf}")
                        // A failed sign-in lands on /masuk?error; a successful one does not.
                        .check(status().is(200), css("form[action$='/keluar']").exists()));
    }

    private final ScenarioBuilder citizens = scenario("citizens file and track")
            .feed(FILINGS)
            .exec(http("intake form").get("/lapor").check(css("input[name=_csrf]", "value").saveAs("csrf")))
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(6))
            .exec(http("file a complaint").post("/lapor").asMultipartForm()
                    .formParam("_csrf", "#{csrf}").formParam("formKey", "#{formKey}")
                    .formParam("type", "PENGADUAN")
                    .formParam("title", "Uji ketahanan: jalan rusak di depan sekolah #{serial}")
                    .formParam("description", "Uji ketahanan portal: jalan di depan sekolah rusak berat dan belum"
                            + " diperbaiki sejak bulan lalu, mohon segera ditindaklanjuti (#{serial}).")
                    .formParam("incidentDate", "#{incidentDate}")
                    .formParam("provinceCode", "#{province}").formParam("regencyCode", "#{regency}")
                    .formParam("categoryCode", "#{category}")
                    .formParam("name", "Penguji Ketahanan").formParam("phone", "081234567890")
                    .check(status().is(200), css("[data-private-link]", "href").saveAs("privateLink")))
            .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
            .exec(http("own tracking page").get("#{privateLink}")
                    .check(status().is(200), css("[data-tracking-number]").exists()));

    private final ScenarioBuilder readers = scenario("visitors read")
            .exec(http("home").get("/"))
            .pause(Duration.ofMillis(500), Duration.ofSeconds(2))
            .exec(http("public list").get("/laporan")
                    .check(css("a[href^='/lacak/']", "href").findRandom().optional().saveAs("publicTrack")))
            .pause(Duration.ofMillis(500), Duration.ofSeconds(2))
            .doIf(session -> session.contains("publicTrack")).then(
                    exec(http("public tracking page").get("#{publicTrack}").check(status().is(200))))
            .exec(http("list by province").get("/laporan?province=32"))
            .pause(Duration.ofMillis(500), Duration.ofSeconds(2))
            .exec(http("agency directory").get("/instansi"))
            .exec(http("agency page").get("/instansi/kemenpanrb"));

    private final ScenarioBuilder officers = scenario("officers work the inbox")
            .feed(Stream.of(Map.<String, Object>of("email", "beban.petugas@sp4n.test"),
                    Map.<String, Object>of("email", "beban.nasional@sp4n.test")).iterator())
            .exec(signIn("#{email}", OFFICER_PASSWORD))
            .exec(during(LENGTH).on(
                    exec(http("inbox").get("/petugas"))
                            .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
                            .exec(http("inbox, new complaints").get("/petugas?status=SUBMITTED")
                                    .check(css("tr[data-tracking-number]", "data-tracking-number").findRandom()
                                            .optional().saveAs("case")))
                            .doIf(session -> session.contains("case")).then(
                                    exec(http("case page").get("/petugas/laporan/#{case}").check(status().is(200),
                                            css("form[action$='/verifikasi'] input[name=version]", "value").optional()
                                                    .saveAs("version"),
                                            css("form[action$='/verifikasi'] input[name=_csrf]", "value").optional()
                                                    .saveAs("caseCsrf"),
                                            css("form[action$='/verifikasi'] option[selected]", "value").optional()
                                                    .saveAs("type")))
                                            .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
                                            .doIf(session -> session.contains("version")).then(
                                                    exec(http("verify").post("/petugas/laporan/#{case}/verifikasi")
                                                            .formParam("_csrf", "#{caseCsrf}")
                                                            .formParam("version", "#{version}")
                                                            .formParam("type", "#{type}")
                                                            // 409: the complaint changed since the page was opened
                                                            // (the deadline sweep, the other officer); the portal
                                                            // says so and nothing is lost: a correct answer.
                                                            .check(status().in(200, 409))))
                                            .exec(session -> session.remove("version").remove("case")))
                            .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))));

    private final ScenarioBuilder admins = scenario("an admin looks around")
            .exec(signIn(System.getProperty("soak.adminEmail", ""), System.getProperty("soak.adminPassword", "")))
            .exec(during(LENGTH).on(
                    exec(http("administration").get("/admin"))
                            .pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
                            .exec(http("agency tree").get("/admin/instansi"))
                            .pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
                            .exec(http("staff list").get("/admin/petugas"))
                            .pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
                            .exec(http("failed deliveries").get("/admin/peristiwa-gagal"))
                            .pause(Duration.ofSeconds(3), Duration.ofSeconds(8))));

    {
        setUp(
                citizens.injectOpen(constantUsersPerSec(SCALE).during(LENGTH)),
                readers.injectOpen(constantUsersPerSec(5 * SCALE).during(LENGTH)),
                officers.injectOpen(atOnceUsers(2)),
                admins.injectOpen(atOnceUsers(1)))
                .protocols(portal)
                .assertions(global().failedRequests().count().is(0L),
                        global().responseTime().percentile(99.0).lt(1000));
    }
}
