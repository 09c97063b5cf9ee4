package id.sp4n.portal.system.database;

import java.sql.SQLException;

/** Which SQL errors mean the connection to the server is gone, rather than that a statement was wrong. */
public final class ConnectionLoss {

    private ConnectionLoss() {
    }

    /** SQLSTATE class 08 (connection exception) and 57P01–57P05 (the server shutting down, starting, or closing it). */
    public static boolean isConnectionLoss(SQLException failure) {
        String state = failure.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }
}
