package id.sp4n.portal.system.replica;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.SQLExceptionOverride;
import id.sp4n.portal.system.database.ConnectionLoss;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Knows how far behind the primary the replica may be. Every check it reads the primary's WAL position and then the
 * replica's replayed position; when the replica has replayed what the primary had written at the check's start, the
 * replica holds everything committed before that moment ({@link #caughtUpAt}). Reads may go to the replica only while
 * that moment is at most {@code maxLag} ago, measured on this instance's monotonic clock, so no clock is compared
 * with another machine's. The check runs on every instance, on its own thread: it is the instance's own view.
 */
final class ReplicaFreshness implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReplicaFreshness.class);
    private static final long NEVER = Long.MIN_VALUE;

    private final DataSource primary;
    private final DataSource replica;
    private final long maxLagNanos;
    private final LongSupplier nanoTime;
    private final ScheduledExecutorService checks;
    private volatile long caughtUpAt = NEVER;
    private volatile boolean wasUsable;

    ReplicaFreshness(DataSource primary, DataSource replica, Duration maxLag, LongSupplier nanoTime) {
        this.primary = primary;
        this.replica = replica;
        this.maxLagNanos = maxLag.toNanos();
        this.nanoTime = nanoTime;
        this.checks = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "replica-freshness");
            thread.setDaemon(true);
            return thread;
        });
    }

    void startChecking(Duration interval) {
        checks.scheduleWithFixedDelay(this::check, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether a read now may go to the replica. */
    boolean usable() {
        long caught = caughtUpAt;
        boolean usable = caught != NEVER && nanoTime.getAsLong() - caught <= maxLagNanos;
        if (usable != wasUsable) {
            wasUsable = usable;
            if (usable) {
                log.info("Read replica is up to date again: public pages read from it");
            } else {
                log.warn("Read replica is unreachable or more than {} ms behind: every read goes to the primary",
                        TimeUnit.NANOSECONDS.toMillis(maxLagNanos));
            }
        }
        return usable;
    }

    /** A read found the replica unreachable: no more reads go there until a check finds it caught up. */
    void markUnreachable() {
        caughtUpAt = NEVER;
    }

    /** For the replica's pool: a connection error marks the replica unreachable (the pool evicts as usual). */
    SQLExceptionOverride connectionWatch() {
        return new SQLExceptionOverride() {
            @java.lang.Override
            public Override adjudicate(SQLException failure) {
                if (ConnectionLoss.isConnectionLoss(failure)) {
                    markUnreachable();
                }
                return Override.CONTINUE_EVICT;
            }
        };
    }

    void check() {
        long startedAt = nanoTime.getAsLong();
        try {
            long written = position(primary, "select pg_current_wal_lsn()::text");
            long replayed = position(replica, "select pg_last_wal_replay_lsn()::text");
            if (replayed >= written) {
                caughtUpAt = startedAt;
            }
        } catch (SQLException | RuntimeException e) {
            markUnreachable();
            log.debug("Replica check failed: {}", e.getMessage());
        }
        usable();
    }

    private static long position(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            String lsn = row.getString(1);
            if (lsn == null) {
                // Not a standby (promoted, or a plain server named by mistake): never read from it as a replica.
                return -1;
            }
            return parseLsn(lsn);
        }
    }

    /** {@code 16/B374D848}: the high and low 32 bits of a WAL position, in hexadecimal. */
    static long parseLsn(String lsn) {
        int slash = lsn.indexOf('/');
        return (Long.parseLong(lsn.substring(0, slash), 16) << 32) | Long.parseLong(lsn.substring(slash + 1), 16);
    }

    @Override
    public void close() {
        checks.shutdownNow();
    }
}
