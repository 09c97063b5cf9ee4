package id.sp4n.portal.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaSystemException;

class DatabaseOutageFailuresTest {

    @Test
    void shouldCountAFailedRollbackOnAClosedConnectionAsAnOutage() {
        // The chain a request met in CrashUnderLoadIT while PostgreSQL was killed: the rollback's own failure.
        var rollback = new JpaSystemException(new TransactionException("Unable to rollback against JDBC Connection",
                new SQLException("Connection is closed")));
        assertThat(DatabaseOutage.isConnectionFailure(rollback)).isTrue();
        var bug = new IllegalStateException("a bug", new SQLException("syntax error", "42601"));
        assertThat(DatabaseOutage.isConnectionFailure(bug)).isFalse();
    }
}
