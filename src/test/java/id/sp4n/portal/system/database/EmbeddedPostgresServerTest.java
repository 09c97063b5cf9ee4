package id.sp4n.portal.system.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import id.sp4n.portal.support.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded server as the README runs it, with real processes: durable settings, a postmaster killed with
 * SIGKILL is restarted, a portal JVM killed with SIGKILL takes its postmaster with it, and a postmaster orphaned
 * anyway (its watchdog killed too) is stopped by the next start instead of blocking it.
 */
class EmbeddedPostgresServerTest {

    private static final Pattern STARTED = Pattern.compile("postmaster=(\\d+) port=\\d+");

    @TempDir
    Path dataDirectory;

    private static JdbcClient jdbc(EmbeddedPostgresServer server) {
        var dataSource = new PGSimpleDataSource();
        dataSource.setUrl("jdbc:postgresql://localhost:" + server.port() + "/postgres");
        dataSource.setUser("postgres");
        return JdbcClient.create(dataSource);
    }

    @Test
    void shouldWriteEveryCommitToDiskBeforeAcknowledgingIt() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, 0)) {
            JdbcClient jdbc = jdbc(server);
            assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("show full_page_writes").query(String.class).single()).isEqualTo("on");
        }
    }

    @Test
    void shouldRestartAKilledPostmasterOnTheSamePortWithItsData() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, 0)) {
            jdbc(server).sql("create table memo (note text)").update();
            jdbc(server).sql("insert into memo values ('sebelum mati')").update();
            ProcessHandle first = server.postmaster();

            first.destroyForcibly();
            first.onExit().get(10, TimeUnit.SECONDS);

            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> {
                assertThat(server.postmaster().pid()).isNotEqualTo(first.pid());
                assertThat(jdbc(server).sql("select note from memo").query(String.class).single())
                        .isEqualTo("sebelum mati");
            });
        }
    }

    @Test
    void shouldStopThePostmasterWhenThePortalJvmIsKilled() throws Exception {
        try (ChildJvm portal = ChildJvm.start(EmbeddedServerMain.class, List.of(), dataDirectory.toString())) {
            long postmaster = Long.parseLong(portal.await(STARTED, Duration.ofSeconds(60)));

            portal.kill();

            await().atMost(Duration.ofSeconds(15)).until(() -> ProcessHandle.of(postmaster).isEmpty()
                    || !ProcessHandle.of(postmaster).get().isAlive());
        }
        try (ChildJvm next = ChildJvm.start(EmbeddedServerMain.class, List.of(), dataDirectory.toString())) {
            assertThat(next.await(STARTED, Duration.ofSeconds(60))).isNotBlank();
            assertThat(next.stop(Duration.ofSeconds(20))).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void shouldStopAnOrphanedPostmasterBeforeStartingAgain() throws Exception {
        long orphan;
        try (ChildJvm crashed = ChildJvm.start(EmbeddedServerMain.class, List.of(), dataDirectory.toString())) {
            orphan = Long.parseLong(crashed.await(STARTED, Duration.ofSeconds(60)));
            // The watchdog killed with the JVM (as when a whole process group is killed): the postmaster survives.
            crashed.handle().descendants().forEach(ProcessHandle::destroyForcibly);
            crashed.kill();
            Thread.sleep(2000);
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).contains(true);
        }

        try (ChildJvm next = ChildJvm.start(EmbeddedServerMain.class, List.of(), dataDirectory.toString())) {
            long fresh = Long.parseLong(next.await(STARTED, Duration.ofSeconds(90)));

            assertThat(fresh).isNotEqualTo(orphan);
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(next.find(Pattern.compile("left running by a portal that ended"))).isPresent();
        }
    }

    @Test
    void shouldRefuseADataDirectoryAnotherRunningPortalUses() throws Exception {
        try (ChildJvm owner = ChildJvm.start(EmbeddedServerMain.class, List.of(), dataDirectory.toString())) {
            long postmaster = Long.parseLong(owner.await(STARTED, Duration.ofSeconds(60)));

            assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDirectory, 0))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("belongs to another running portal")
                    .hasMessageContaining("portal.embedded-database.data-directory");
            assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).contains(true);
        }
    }
}
