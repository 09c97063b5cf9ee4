package id.sp4n.portal.system.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import id.sp4n.portal.PortalApplication;
import id.sp4n.portal.support.ChildJvm;
import id.sp4n.portal.support.SubmissionLoad;
import id.sp4n.portal.support.TestMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal as the README runs it (embedded PostgreSQL, its own JVM) under a steady stream of complaints: first its
 * PostgreSQL is killed with SIGKILL, then the portal's JVM. No complaint acknowledged with a tracking number is lost
 * or left unrouted, every reporter gets their link, the portal restarts its database by itself, and a restarted
 * portal starts on the same data without anyone clearing a lock file.
 */
class CrashUnderLoadIT {

    private static final Pattern STARTED = Pattern.compile("Started PortalApplication");
    private static final Pattern DATABASE = Pattern.compile("Embedded PostgreSQL running at (jdbc:postgresql://\\S+)");

    @TempDir
    Path dataDirectory;

    private ChildJvm portal(int port) throws Exception {
        List<String> arguments = new java.util.ArrayList<>(List.of("--server.port=" + port,
                "--portal.embedded-database.data-directory=" + dataDirectory, "--portal.intake.submissions-per-hour=0",
                "--spring.mail.host=localhost", "--spring.mail.port=" + TestMail.port()));
        arguments.addAll(CrashChecks.quickTakeoverArguments());
        ChildJvm portal = ChildJvm.start(PortalApplication.class, List.of(), arguments.toArray(String[]::new));
        portal.await(STARTED, Duration.ofSeconds(180));
        CrashChecks.awaitReady(port);
        return portal;
    }

    @Test
    void shouldLoseNoAcknowledgedComplaintWhenPostgresAndThenThePortalAreKilled() throws Exception {
        int port = CrashChecks.freePort();
        SubmissionLoad load;
        String jdbcUrl;
        try (ChildJvm first = portal(port)) {
            load = new SubmissionLoad(4, () -> "http://localhost:" + port);
            CrashChecks.awaitMore(load, 40, Duration.ofSeconds(90));

            long postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
            ProcessHandle.of(postmaster).orElseThrow().destroyForcibly();
            // The portal restarts its database by itself and takes complaints again.
            CrashChecks.awaitMore(load, 40, Duration.ofSeconds(90));
            assertThat(load.otherAnswers().keySet()).allSatisfy(status -> assertThat(status).isEqualTo(503));

            first.kill();
        }
        try (ChildJvm second = portal(port)) {
            jdbcUrl = second.await(DATABASE, Duration.ofSeconds(5));
            CrashChecks.awaitMore(load, 40, Duration.ofSeconds(90));
            load.close();
            System.out.println("Crash under load: " + load.summary());

            CrashChecks.everyAcknowledgedComplaintStoredAndRouted(CrashChecks.jdbc(jdbcUrl, "postgres", ""),
                    load.numbers());
            long repeats = CrashChecks.everyReporterMailedOnce(load.acknowledged());
            System.out.println("Crash under load: " + repeats + " mails delivered again with the same Message-ID");

            assertThat(second.stop(Duration.ofSeconds(30))).isLessThan(Duration.ofSeconds(10));
        }
    }
}
