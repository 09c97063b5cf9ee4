package id.sp4n.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import id.sp4n.portal.PortalApplication;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo history as a newcomer gets it: the whole portal on a fresh embedded database with the switch on has
 * complaints in every state, the statistics record tells the same story as the complaint rows, the public
 * figures count them, and a second start adds nothing. With an external database the switch does nothing.
 */
class DemoHistoryTest {

    private static final int COMPLAINTS = 400;

    @TempDir
    Path dataDirectory;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PortalApplication.class).run("--server.port=0",
                "--portal.embedded-database.data-directory=" + dataDirectory, "--portal.demo.history=true",
                "--portal.demo.complaints=" + COMPLAINTS, "--portal.demo.months=6", "--logging.level.root=WARN");
    }

    @Test
    void shouldStartAFreshEmbeddedDatabaseWithAHistoryTheFiguresDescribe() throws Exception {
        try (ConfigurableApplicationContext portal = start()) {
            JdbcClient jdbc = portal.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select status from complaint group by status").query(String.class).list())
                    .containsExactlyInAnyOrder("SUBMITTED", "VERIFIED", "ON_HOLD", "IN_PROGRESS", "RESPONDED",
                            "COMPLETED", "ARCHIVED");
            await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                    "select count(*) from stat_complaint where submitted_at is not null").query(Long.class).single()
                    == COMPLAINTS);

            // The record and the rows agree complaint by complaint on everything both know.
            List<Map<String, Object>> disagreements = jdbc.sql("""
                            select c.tracking_number from complaint c join stat_complaint s using (tracking_number)
                             where s.status <> c.status or s.agency_code <> c.current_agency_code
                                or s.type <> c.type or s.channel <> c.channel or s.confidential <> c.confidential
                                or s.rating is distinct from c.rating or s.reopen_count <> c.reopen_count
                                or s.escalation_level <> c.escalation_level
                                or s.archive_reason is distinct from c.archive_reason
                                or (s.responded_at is null) <> (c.responded_at is null)""")
                    .query().listOfRows();
            assertThat(disagreements).isEmpty();
            assertThat(jdbc.sql("select count(*) from complaint where reopen_count > 0").query(Long.class).single())
                    .isPositive();
            assertThat(jdbc.sql("select count(*) from complaint where escalation_level > 0").query(Long.class).single())
                    .isPositive();
            assertThat(jdbc.sql("select count(*) from complaint where rating is not null").query(Long.class).single())
                    .isPositive();

            long publicComplaints = jdbc.sql("select count(*) from complaint where not confidential")
                    .query(Long.class).single();
            int port = ((WebServerApplicationContext) portal).getWebServer().getPort();
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/statistik?dari=2020-01-01")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(Jsoup.parse(page.body()).selectFirst("[data-figure=received] td").text())
                    .isEqualTo(String.valueOf(publicComplaints));

            // The demo's head has last month's leadership summary waiting.
            assertThat(jdbc.sql("""
                    select count(*) from leadership_summary s join account a on a.id = s.head_account_id
                     where a.email = 'admin.bandung@sp4n.test' and s.acknowledged_at is null""")
                    .query(Long.class).single()).isEqualTo(1);

            // The stunting programme counts the public complaints filed since it began that match it.
            long stunting = jdbc.sql("""
                    select count(*) from complaint where not confidential and submitted_at >= '2021-08-04T17:00:00Z'
                       and (category_code = 'STUNTING'
                            or (title || ' ' || description) ~* '\\m(stunting|tengkes|gizi buruk|balita kurang gizi)\\M')""")
                    .query(Long.class).single();
            var programme = Jsoup.parse(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://localhost:" + port + "/program/stunting?dari=2020-01-01")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertThat(stunting).isPositive();
            assertThat(programme.selectFirst("[data-figure=received] td").text()).isEqualTo(String.valueOf(stunting));

            // The example policy follow-up shows the counts of its kind either side of its day, as the rows give them.
            Map<String, Object> example = jdbc.sql("select id, category_code, region_code, done_on from policy_follow_up")
                    .query().singleRow();
            String entryPage = "http://localhost:" + port + "/kebijakan/" + example.get("id");
            var entry = Jsoup.parse(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(entryPage))
                    .build(), HttpResponse.BodyHandlers.ofString()).body());
            String count = "select count(*) from complaint where not confidential and category_code = ?"
                    + " and province_code = ? and submitted_at >= (?::date - ?::int) at time zone 'Asia/Jakarta'"
                    + " and submitted_at < (?::date + ?::int) at time zone 'Asia/Jakarta'";
            Object done = example.get("done_on");
            long before = jdbc.sql(count).params(example.get("category_code"), example.get("region_code"), done, 60,
                    done, 0).query(Long.class).single();
            long after = jdbc.sql(count).params(example.get("category_code"), example.get("region_code"), done, 0,
                    done, 60).query(Long.class).single();
            assertThat(before).isPositive();
            assertThat(entry.select("[data-before]").text()).isEqualTo(String.valueOf(before));
            assertThat(entry.select("[data-after]").text()).isEqualTo(String.valueOf(after));
            assertThat(entry.select("[data-effect]").attr("data-verdict")).isEqualTo(before >= 10 ? "MEASURED" : "TOO_FEW");
            assertThat(entry.select("[data-linked] [data-number]")).hasSize((int) Math.min(before, 20));
        }
        try (ConfigurableApplicationContext again = start()) {
            assertThat(again.getBean(JdbcClient.class).sql("select count(*) from complaint").query(Long.class)
                    .single()).as("a second start adds no second history").isEqualTo(COMPLAINTS);
        }
    }

    @Test
    void shouldNeverWriteAHistoryIntoAnExternalDatabase() {
        new ApplicationContextRunner().withUserConfiguration(DemoHistory.class)
                .withPropertyValues("portal.demo.history=true", "spring.datasource.url=jdbc:postgresql://db:5432/x")
                .run(context -> assertThat(context).doesNotHaveBean(DemoHistory.class));
    }
}
