package id.sp4n.portal.system.crash;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import id.sp4n.portal.PortalApplication;
import id.sp4n.portal.support.ChildJvm;
import id.sp4n.portal.support.SubmissionLoad;
import id.sp4n.portal.support.TestDatabase;
import id.sp4n.portal.support.TestMail;
import org.junit.jupiter.api.Test;

/**
 * Two portal instances on one database behind a round-robin balancer, under load; one is killed with SIGKILL. The
 * other finishes what the dead one had acknowledged: every complaint stored and routed, every reporter mailed once.
 */
class TwoInstancesKillIT {

    private static final Pattern STARTED = Pattern.compile("Started PortalApplication");

    private static ChildJvm instance(int port) throws Exception {
        TestDatabase.Connection db = TestDatabase.connection();
        List<String> arguments = new java.util.ArrayList<>(List.of("--server.port=" + port,
                "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password(), "--portal.intake.submissions-per-hour=0",
                "--spring.mail.host=localhost", "--spring.mail.port=" + TestMail.port(),
                "--portal.deadlines.sweep-initial-delay=PT24H"));
        arguments.addAll(CrashChecks.quickTakeoverArguments());
        return ChildJvm.start(PortalApplication.class, List.of(), arguments.toArray(String[]::new));
    }

    @Test
    void shouldFinishWhatAKilledInstanceAcknowledged() throws Exception {
        int portA = CrashChecks.freePort();
        int portB = CrashChecks.freePort();
        try (ChildJvm a = instance(portA); ChildJvm b = instance(portB)) {
            a.await(STARTED, Duration.ofSeconds(180));
            b.await(STARTED, Duration.ofSeconds(180));
            CrashChecks.awaitReady(portA);
            CrashChecks.awaitReady(portB);
            AtomicInteger turn = new AtomicInteger();
            SubmissionLoad load = new SubmissionLoad(4, () -> "http://localhost:" + (turn.incrementAndGet() % 2 == 0
                    ? portA : portB));
            CrashChecks.awaitMore(load, 60, Duration.ofSeconds(90));

            a.kill();
            CrashChecks.awaitMore(load, 40, Duration.ofSeconds(90));
            load.close();
            System.out.println("Two instances, one killed: " + load.summary());

            TestDatabase.Connection db = TestDatabase.connection();
            CrashChecks.everyAcknowledgedComplaintStoredAndRouted(CrashChecks.jdbc(db.url(), db.username(),
                    db.password()), load.numbers());
            long repeats = CrashChecks.everyReporterMailedOnce(load.acknowledged());
            System.out.println("Two instances, one killed: " + repeats + " mails delivered again with the same Message-ID");
        }
    }
}
