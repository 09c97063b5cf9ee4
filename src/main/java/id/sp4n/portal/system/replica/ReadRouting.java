package id.sp4n.portal.system.replica;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The portal's one {@link DataSource}: the primary, except for the read-only work of a request that may read from the
 * replica ({@link #allowReplica}) while the replica is fresh. Sits behind a lazy proxy, so the choice is made at the
 * first statement, when the transaction's read-only flag is known: a transaction that may write never reaches the
 * replica. A replica that refuses a connection sends the read to the primary.
 */
final class ReadRouting extends AbstractDataSource {

    private static final Logger log = LoggerFactory.getLogger(ReadRouting.class);
    private static final ThreadLocal<Boolean> REPLICA_ALLOWED = new ThreadLocal<>();

    private final DataSource primary;
    private final DataSource replica;
    private final ReplicaFreshness freshness;

    ReadRouting(DataSource primary, DataSource replica, ReplicaFreshness freshness) {
        this.primary = primary;
        this.replica = replica;
        this.freshness = freshness;
    }

    /** Lets this thread's read-only work go to the replica until {@link #endRequest}. */
    static void allowReplica() {
        REPLICA_ALLOWED.set(Boolean.TRUE);
    }

    static void endRequest() {
        REPLICA_ALLOWED.remove();
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (REPLICA_ALLOWED.get() != null && readOnlyWork() && freshness.usable()) {
            try {
                return replica.getConnection();
            } catch (SQLException unreachable) {
                freshness.markUnreachable();
                log.warn("Read replica refused a connection ({}); reading from the primary", unreachable.getMessage());
            }
        }
        return primary.getConnection();
    }

    private static boolean readOnlyWork() {
        return !TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    /** As the pools behind it: their credentials are configured, a caller cannot pass others (JDBC's own answer). */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("The primary and replica pools use their configured credentials");
    }
}
