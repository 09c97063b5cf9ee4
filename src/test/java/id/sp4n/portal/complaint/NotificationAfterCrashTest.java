package id.sp4n.portal.complaint;

import static id.sp4n.portal.support.ComplaintFormMother.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import id.sp4n.portal.PortalApplication;
import id.sp4n.portal.complaint.handling.Staff;
import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import id.sp4n.portal.support.TestDatabase;
import id.sp4n.portal.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An instance commits a response and stops before its mail goes out (here: its SMTP server is unreachable, then
 * it is shut down). The next instance to start sends the mail from the event publication registry, once — by its
 * periodic retry, since nothing is replayed at start-up.
 */
@PortalTest
class NotificationAfterCrashTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffMother staffMother;

    @Autowired
    JdbcClient jdbc;

    private static ConfigurableApplicationContext instance(int smtpPort, String retryInterval) {
        TestDatabase.Connection db = TestDatabase.connection();
        return new SpringApplicationBuilder(PortalApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password(), "--spring.mail.host=localhost",
                "--spring.mail.port=" + smtpPort, "--portal.deadlines.sweep-initial-delay=PT24H",
                "--portal.events.retry-interval=" + retryInterval, "--portal.events.retry-min-age=PT0S",
                "--logging.level.root=WARN");
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static long responseMails(String address) {
        return TestMail.to(address).stream().filter(m -> {
            try {
                return m.getSubject().contains("telah ditanggapi");
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).count();
    }

    @Test
    void shouldSendTheMailAfterARestartWhenTheInstanceStoppedBeforeSendingIt() throws Exception {
        String email = "setelah-mati-" + UUID.randomUUID() + "@example.id";
        CaseworkSteps steps = new CaseworkSteps(mvc, jdbc, staffMother);
        String number = steps.file(aComplaint().with("email", email), "pemda-32.73").number();

        ConfigurableApplicationContext crashing = instance(closedPort(), "PT1H");
        new TransactionTemplate(crashing.getBean(PlatformTransactionManager.class)).executeWithoutResult(tx ->
                crashing.publishEvent(new ComplaintActedOn(CaseAction.RESPOND, new ComplaintFacts(number,
                        ReportType.PENGADUAN, "PENDIDIKAN-DASAR", "32", "32.73", "pemda-32.73", IntakeChannel.WEB,
                        "pemda-32.73/DISDIK", ComplaintStatus.RESPONDED, false, false, null, Instant.now(), 0, 0, 0, null, null), "pemda-32.73/DISDIK",
                        ComplaintStatus.IN_PROGRESS, Staff.Scope.AGENCY, Instant.now())));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
                        select count(*) from event_publication
                         where serialized_event like ? and serialized_event like '%"RESPOND"%'
                           and completion_date is null""")
                .param("%" + number + "%").query(Integer.class).single() > 0);
        crashing.close();
        assertThat(responseMails(email)).isZero();

        ConfigurableApplicationContext restarted = instance(TestMail.port(), "PT2S");
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> responseMails(email) == 1);
            Thread.sleep(2000);
            assertThat(responseMails(email)).isEqualTo(1);
        } finally {
            restarted.close();
        }
    }
}
