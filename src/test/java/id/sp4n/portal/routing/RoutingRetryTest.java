package id.sp4n.portal.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;

import id.sp4n.portal.PortalApplication;
import id.sp4n.portal.complaint.IntakeChannel;
import id.sp4n.portal.complaint.NewComplaint;
import id.sp4n.portal.complaint.ReportType;
import id.sp4n.portal.complaint.handling.AccessKey;
import id.sp4n.portal.complaint.handling.Reporter;
import id.sp4n.portal.complaint.handling.SubmitComplaint;
import id.sp4n.portal.support.TestDatabase;
import id.sp4n.portal.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * When routing fails (here: the hop table is locked by another session and the listener's lock wait times
 * out), the submission stays stored, the event publication stays incomplete, and routing happens later: by
 * the scheduled FailedEventRetry of this instance or of the next one to start (nothing is replayed at start-up
 * itself, so a start does not wait for a backlog). Real instances of the portal on the test database, started and stopped in the test.
 */
class RoutingRetryTest {

    private static ConfigurableApplicationContext start(String retryInterval) {
        TestDatabase.Connection db = TestDatabase.connection();
        // Command-line arguments, so they win over application.properties (builder properties would not).
        return new SpringApplicationBuilder(PortalApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password(),
                "--spring.datasource.hikari.connection-init-sql=set lock_timeout = '700ms'",
                "--spring.mail.host=localhost",
                "--spring.mail.port=" + TestMail.port(),
                "--portal.intake.submissions-per-hour=0",
                "--portal.events.retry-interval=" + retryInterval,
                "--portal.events.retry-min-age=PT0S");
    }

    private static NewComplaint aComplaint() {
        return new NewComplaint(ReportType.PENGADUAN, "Jalan provinsi berlubang besar",
                "Lubang besar di jalan provinsi dekat terminal membuat dua pengendara motor jatuh minggu ini.",
                LocalDate.now().minusDays(1), "32", "32.73", null, null, "JALAN-PROVINSI", null, "kemenpanrb",
                false, false, Reporter.guest("Agus", null, "081234567890", "id"), List.of(),
                IntakeChannel.API, null);
    }

    /** Holds a lock that blocks every insert into complaint_hop until closed. */
    private static Connection lockHops(ConfigurableApplicationContext context) throws Exception {
        Connection connection = context.getBean(DataSource.class).getConnection();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("set lock_timeout = 0");
            statement.execute("lock table complaint_hop in share mode");
        }
        return connection;
    }

    /** Waits until the routing listener has given up on this complaint (its lock wait timed out). */
    private static void awaitFailedRouting(JdbcClient jdbc, String number) {
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
                        select count(*) from event_publication
                         where status = 'FAILED' and listener_id like '%RouteNewComplaint%' and serialized_event like ?""")
                .param("%" + number + "%").query(Long.class).single() == 1);
    }

    private static boolean routed(JdbcClient jdbc, String number) {
        return jdbc.sql("select routed_at is not null from complaint where tracking_number = ?").param(number)
                .query(Boolean.class).single();
    }

    private static long incompleteRoutings(JdbcClient jdbc, String number) {
        return jdbc.sql("""
                        select count(*) from event_publication
                         where completion_date is null and listener_id like '%RouteNewComplaint%'
                           and serialized_event like ?""")
                .param("%" + number + "%").query(Long.class).single();
    }

    @Test
    void shouldRouteLaterWhenTheFirstAttemptFails() throws Exception {
        try (ConfigurableApplicationContext portal = start("PT1S")) {
            JdbcClient jdbc = portal.getBean(JdbcClient.class);
            String number;
            try (Connection lock = lockHops(portal)) {
                number = portal.getBean(SubmitComplaint.class)
                        .submit(aComplaint(), AccessKey.generate(), List.of()).trackingNumber().value();
                awaitFailedRouting(jdbc, number);
                assertThat(routed(jdbc, number)).isFalse();
                assertThat(incompleteRoutings(jdbc, number)).isOne();
                lock.rollback();
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> routed(jdbc, number));
            assertThat(jdbc.sql("""
                            select current_agency_code from complaint where tracking_number = ?""")
                    .param(number).query(String.class).single()).isEqualTo("pemda-32/PUPR");
            assertThat(jdbc.sql("""
                            select count(*) from complaint_hop h join complaint c on c.id = h.complaint_id
                             where c.tracking_number = ?""").param(number).query(Long.class).single()).isEqualTo(2);
            await().atMost(Duration.ofSeconds(5)).until(() -> incompleteRoutings(jdbc, number) == 0);
        }
    }

    @Test
    void shouldRouteAfterARestartWhatFailedBeforeIt() throws Exception {
        String number;
        try (ConfigurableApplicationContext first = start("PT1H")) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            try (Connection lock = lockHops(first)) {
                number = first.getBean(SubmitComplaint.class)
                        .submit(aComplaint(), AccessKey.generate(), List.of()).trackingNumber().value();
                awaitFailedRouting(jdbc, number);
                assertThat(routed(jdbc, number)).isFalse();
                lock.rollback();
            }
        }

        try (ConfigurableApplicationContext second = start("PT2S")) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> routed(jdbc, number));
            // The publication is marked complete just after the routing commits (seen late on a loaded machine).
            await().atMost(Duration.ofSeconds(5)).until(() -> incompleteRoutings(jdbc, number) == 0);
        }
    }
}
