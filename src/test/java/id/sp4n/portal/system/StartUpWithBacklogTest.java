package id.sp4n.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import id.sp4n.portal.PortalApplication;
import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.TestDatabase;
import id.sp4n.portal.support.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A start does not wait for the event backlog: publications that are still open (another instance may be working on
 * them, or SMTP was down for a day) are left to the staleness check and the periodic retry, a bounded batch a round.
 * Here 2,000 mail publications are open when an instance starts; it starts without sending or touching any of them.
 */
@PortalTest
class StartUpWithBacklogTest {

    private static final String LISTENER =
            "id.sp4n.portal.notification.PasswordResetMail.on(id.sp4n.portal.identity.PasswordResetRequested)";

    @Autowired
    JdbcClient jdbc;

    private final String address = "antrean-" + UUID.randomUUID() + "@example.id";

    @AfterEach
    void removeTheBacklog() {
        jdbc.sql("delete from event_publication where serialized_event like ?").param("%" + address + "%").update();
    }

    @Test
    void shouldStartWithoutReplayingOpenPublications() throws Exception {
        jdbc.sql("""
                        insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                                       status, completion_attempts)
                        select gen_random_uuid(), :listener, 'id.sp4n.portal.identity.PasswordResetRequested',
                               json_build_object('accountId', 0, 'email', :address, 'name', 'Antrean', 'locale', 'id',
                                                 'token', 'token-' || n)::text,
                               now(), 'PUBLISHED', 0
                          from generate_series(1, 2000) n""")
                .param("listener", LISTENER).param("address", address).update();

        TestDatabase.Connection db = TestDatabase.connection();
        try (ConfigurableApplicationContext ignored = new SpringApplicationBuilder(PortalApplication.class).run(
                "--server.port=0", "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.username(), "--spring.datasource.password=" + db.password(),
                "--spring.mail.host=localhost", "--spring.mail.port=" + TestMail.port(),
                "--portal.deadlines.sweep-initial-delay=PT24H", "--portal.events.retry-interval=PT1H",
                "--logging.level.root=WARN")) {
            Thread.sleep(2000);
            assertThat(TestMail.to(address)).isEmpty();
            assertThat(jdbc.sql("""
                            select count(*) from event_publication
                             where serialized_event like ? and status = 'PUBLISHED' and completion_attempts = 0
                               and last_resubmission_date is null""")
                    .param("%" + address + "%").query(Integer.class).single()).isEqualTo(2000);
        }
    }
}
