package id.sp4n.portal.system.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL as a server the portal owns: durable (fsync and synchronous commit on, so a
 * complaint acknowledged with a tracking number survives a crash), on one port for its whole life, restarted
 * when its postmaster dies, and never outliving the portal — a watchdog process stops it when the portal's JVM
 * is gone, however it ended. A postmaster left by a crashed run is stopped before the new one starts.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration SUPERVISION_INTERVAL = Duration.ofSeconds(2);

    private final Path dataDirectory;
    private final int port;
    private final ScheduledExecutorService supervisor;
    private volatile Running running;
    private volatile boolean closing;

    private record Running(EmbeddedPostgres postgres, ProcessHandle postmaster, Process watchdog) {
    }

    private EmbeddedPostgresServer(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.supervisor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "embedded-postgres-supervisor");
            thread.setDaemon(true);
            return thread;
        });
    }

    static EmbeddedPostgresServer start(Path dataDirectory, int port) throws IOException {
        Files.createDirectories(dataDirectory);
        var server = new EmbeddedPostgresServer(dataDirectory, port > 0 ? port : freePort());
        server.running = server.launch();
        server.supervisor.scheduleWithFixedDelay(server::restartIfDead, SUPERVISION_INTERVAL.toMillis(),
                SUPERVISION_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        return server;
    }

    int port() {
        return port;
    }

    /** The postmaster's process, for the crash tests that kill it. */
    ProcessHandle postmaster() {
        return running.postmaster();
    }

    private Running launch() throws IOException {
        OrphanedPostmaster.stopIfAny(dataDirectory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // Our close() stops it; the watchdog covers every end the JVM's hooks do not see.
                .setRegisterShutdownHook(false)
                .setPort(port)
                .setLocaleConfig("encoding", "UTF8")
                .setServerConfig("max_connections", "100")
                // The library starts the server with -F (fsync off) and synchronous_commit=off; later options win.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        ProcessHandle postmaster = OrphanedPostmaster.postmasterOf(dataDirectory)
                .orElseThrow(() -> new IOException("PostgreSQL started but wrote no postmaster.pid in " + dataDirectory));
        return new Running(postgres, postmaster, watchdog(postmaster.pid()));
    }

    /**
     * A shell that waits for end-of-file on the pipe from this JVM, then asks the postmaster for a fast shutdown.
     * The kernel closes the pipe when the JVM ends in any way (kill -9 included), so the database never outlives it.
     */
    private static Process watchdog(long postmasterPid) throws IOException {
        return new ProcessBuilder("sh", "-c", "cat >/dev/null; kill -INT " + postmasterPid + " 2>/dev/null")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private void restartIfDead() {
        Running current = running;
        if (closing || current.postmaster().isAlive()) {
            return;
        }
        log.warn("Embedded PostgreSQL (pid {}) has stopped; restarting it on port {}", current.postmaster().pid(), port);
        stop(current);
        try {
            running = launch();
            log.info("Embedded PostgreSQL is back (pid {})", running.postmaster().pid());
        } catch (IOException | RuntimeException e) {
            // Backends of the killed server may still hold its shared memory for a moment; the next round retries.
            log.warn("Embedded PostgreSQL did not start yet: {}", e.getMessage());
        }
    }

    private static void stop(Running running) {
        running.watchdog().destroy();
        try {
            running.postgres().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        closing = true;
        supervisor.shutdownNow();
        stop(running);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
