package id.sp4n.portal.system.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class ConnectionLossTest {

    @Test
    void shouldTellALostConnectionFromAWrongStatement() {
        assertThat(ConnectionLoss.isConnectionLoss(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(ConnectionLoss.isConnectionLoss(new SQLException("This connection has been closed.", "08003")))
                .isTrue();
        assertThat(ConnectionLoss.isConnectionLoss(new SQLException("Connection is closed")))
                .as("the pool's evicted connection, no SQLSTATE").isTrue();
        assertThat(ConnectionLoss.isConnectionLoss(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(ConnectionLoss.isConnectionLoss(new SQLException("something else"))).isFalse();
    }
}
