package id.sp4n.portal.system.database;

import java.sql.SQLException;

/** Which SQL errors mean the connection to the server is gone, rather than that a statement was wrong. */
public final class ConnectionLoss {

    /**
     * What the pool answers on a connection it has already evicted as broken, without an SQLSTATE: a rollback after
     * the server died meets it, and its failure hides the original one (CrashUnderLoadIT saw a 500 from it).
     */
    private static final String CLOSED_BY_THE_POOL = "Connection is closed";

    private ConnectionLoss() {
    }

    /**
     * SQLSTATE class 08 (connection exception) and 57P01–57P05 (the server shutting down, starting, or closing it),
     * and the pool's closed connection.
     */
    public static boolean isConnectionLoss(SQLException failure) {
        String state = failure.getSQLState();
        return state == null ? CLOSED_BY_THE_POOL.equals(failure.getMessage())
                : state.startsWith("08") || state.startsWith("57P0");
    }
}
