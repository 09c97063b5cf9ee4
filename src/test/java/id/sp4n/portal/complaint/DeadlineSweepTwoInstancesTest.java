package id.sp4n.portal.complaint;

import static id.sp4n.portal.support.ComplaintFormMother.aComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.sp4n.portal.PortalApplication;
import id.sp4n.portal.complaint.handling.DeadlineWatch;
import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.StaffMother;
import id.sp4n.portal.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two portal instances on one database run the deadline sweep at the same moment, several times: an overdue
 * complaint is escalated once and its holder warned at most once — never twice.
 */
@PortalTest
class DeadlineSweepTwoInstancesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffMother staffMother;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DeadlineWatch thisInstance;

    ConfigurableApplicationContext secondInstance;

    @BeforeEach
    void startSecondInstance() {
        TestDatabase.Connection db = TestDatabase.connection();
        secondInstance = new SpringApplicationBuilder(PortalApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password(), "--portal.deadlines.sweep-initial-delay=PT24H",
                "--spring.mail.host=localhost", "--spring.mail.port=" + id.sp4n.portal.support.TestMail.port(),
                "--logging.level.root=WARN");
    }

    @AfterEach
    void stopSecondInstance() {
        secondInstance.close();
    }

    private static long escalationMails(String address, String display) {
        return id.sp4n.portal.support.TestMail.to(address).stream().filter(m -> {
            try {
                return m.getSubject().contains("Eskalasi") && m.getSubject().contains(display);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).count();
    }

    @Test
    void shouldEscalateAnOverdueComplaintOnceWhenTwoInstancesSweepTogether() throws Exception {
        CaseworkSteps steps = new CaseworkSteps(mvc, jdbc, staffMother);
        String admin = "dua.instansi." + java.util.UUID.randomUUID().toString().substring(0, 8) + "@sp4n.test";
        steps.staff(admin, id.sp4n.portal.identity.Role.AGENCY_ADMIN, "pemda-32.73");
        String number = steps.file(aComplaint(), "pemda-32.73").number();
        jdbc.sql("update complaint set due_on = current_date - 5 where tracking_number = ?").param(number).update();
        DeadlineWatch otherInstance = secondInstance.getBean(DeadlineWatch.class);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<?>> sweeps = new ArrayList<>();
                for (DeadlineWatch instance : List.of(thisInstance, otherInstance)) {
                    sweeps.add(pool.submit(() -> {
                        together.await();
                        instance.sweepOnSchedule();
                        return null;
                    }));
                }
                for (Future<?> sweep : sweeps) {
                    sweep.get();
                }
            }
        } finally {
            pool.shutdown();
        }

        assertThat(steps.auditedActions(number)).containsExactly("ESCALATION");
        // The admins of the parent agency are told once, too (both instances deliver events).
        String display = new TrackingNumber(number).display();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
                .until(() -> escalationMails(admin, display) >= 1);
        Thread.sleep(3000);
        assertThat(escalationMails(admin, display)).isEqualTo(1);
        assertThat(steps.field(number, "escalation_level", Integer.class)).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select count(*) from complaint_entry e join complaint c on c.id = e.complaint_id
                         where c.tracking_number = ? and e.kind = 'ESCALATION'""").param(number)
                .query(Integer.class).single()).isEqualTo(1);
    }
}
