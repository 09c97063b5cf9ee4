package id.sp4n.portal.system.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import id.sp4n.portal.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The replica's freshness on a real server. The full story (a paused replica, a stopped one) runs in ScaledSetupIT;
 * here what needs no second server: positions are read right, and a server that is not a standby never gets reads.
 */
class ReplicaFreshnessTest {

    @Test
    void shouldReadWalPositionsAsTheirSixtyFourBits() {
        assertThat(ReplicaFreshness.parseLsn("0/0")).isZero();
        assertThat(ReplicaFreshness.parseLsn("16/B374D848")).isEqualTo((0x16L << 32) | 0xB374D848L);
        assertThat(ReplicaFreshness.parseLsn("0/10")).isGreaterThan(ReplicaFreshness.parseLsn("0/F"));
    }

    @Test
    void shouldNeverReadFromAServerThatIsNotAStandby() {
        TestDatabase.Connection db = TestDatabase.connection();
        var server = new PGSimpleDataSource();
        server.setUrl(db.url());
        server.setUser(db.username());
        server.setPassword(db.password());
        try (var freshness = new ReplicaFreshness(server, server, Duration.ofSeconds(5), System::nanoTime)) {
            freshness.check();
            assertThat(freshness.usable()).isFalse();
        }
    }
}
