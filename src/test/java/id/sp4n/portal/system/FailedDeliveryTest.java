package id.sp4n.portal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;

import id.sp4n.portal.PortalApplication;
import id.sp4n.portal.complaint.TrackingLinkIssued;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import id.sp4n.portal.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A mail that cannot be delivered is tried a bounded number of times with growing waits, then given up: it leaves
 * the event log with its secret, and the national admin sees what failed for which complaint.
 */
@PortalTest
class FailedDeliveryTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffMother staffMother;

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void shouldGiveUpAfterTheLastTryAndKeepNoSecret() throws Exception {
        String number = "LPR-2026-GAGAL-" + UUID.randomUUID().toString().substring(0, 8);
        String secret = "rahasia-" + UUID.randomUUID();
        TestDatabase.Connection db = TestDatabase.connection();
        // An instance whose SMTP server never answers, retrying every second, two retries at most.
        ConfigurableApplicationContext failing = new SpringApplicationBuilder(PortalApplication.class).run(
                "--server.port=0", "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password(), "--spring.mail.host=localhost",
                "--spring.mail.port=" + closedPort(), "--portal.deadlines.sweep-initial-delay=PT24H",
                "--portal.events.retry-interval=PT1S", "--portal.events.retry-min-age=PT0S",
                "--portal.events.max-attempts=2", "--logging.level.root=WARN");
        try {
            new TransactionTemplate(failing.getBean(PlatformTransactionManager.class)).executeWithoutResult(tx ->
                    failing.publishEvent(new TrackingLinkIssued(number, "siti@example.id", "Siti", secret, "id")));

            await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                    "select count(*) from failed_event where subject = ?").param(number).query(Integer.class).single() == 1);
        } finally {
            failing.close();
        }

        assertThat(jdbc.sql("select attempts from failed_event where subject = ?").param(number)
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like ?")
                .param("%" + secret + "%").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from failed_event f where row_to_json(f)::text like ?")
                .param("%" + secret + "%").query(Integer.class).single()).isZero();

        mvc.perform(get("/admin/peristiwa-gagal").with(user(staffMother.staff("nasional-gagal@sp4n.test",
                        Role.NATIONAL_ADMIN, "kemenpanrb"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(containsString("TrackingLinkMail")))
                .andExpect(content().string(not(containsString("siti@example.id"))));
        mvc.perform(get("/admin/peristiwa-gagal").with(user(staffMother.staff("instansi-gagal@sp4n.test",
                        Role.AGENCY_ADMIN, "pemda-32.73"))))
                .andExpect(status().isForbidden());
    }
}
