package id.sp4n.portal.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import id.sp4n.portal.support.MutableClock;
import org.junit.jupiter.api.Test;

class RecentResultsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T03:00:00Z"));
    private final AtomicInteger computed = new AtomicInteger();

    @Test
    void shouldKeepAResultForItsLifetimeOnly() {
        RecentResults<String, Integer> results = new RecentResults<>(Duration.ofSeconds(10), 10, clock);
        assertThat(results.get("nation", computed::incrementAndGet)).isEqualTo(1);
        clock.advance(Duration.ofSeconds(9));
        assertThat(results.get("nation", computed::incrementAndGet)).as("9 s later: kept").isEqualTo(1);
        assertThat(results.get("province", computed::incrementAndGet)).as("another key").isEqualTo(2);
        clock.advance(Duration.ofSeconds(1));
        assertThat(results.get("nation", computed::incrementAndGet)).as("10 s later: computed again").isEqualTo(3);
    }

    @Test
    void shouldDropTheLeastRecentlyUsedBeyondItsSize() {
        RecentResults<String, Integer> results = new RecentResults<>(Duration.ofMinutes(1), 2, clock);
        results.get("a", computed::incrementAndGet);
        results.get("b", computed::incrementAndGet);
        results.get("a", computed::incrementAndGet);
        results.get("c", computed::incrementAndGet);
        assertThat(results.get("a", computed::incrementAndGet)).as("used recently: kept").isEqualTo(1);
        assertThat(results.get("b", computed::incrementAndGet)).as("the least recent: dropped").isEqualTo(4);
    }

    @Test
    void shouldKeepNothingWithAZeroLifetime() {
        RecentResults<String, Integer> results = new RecentResults<>(Duration.ZERO, 10, clock);
        results.get("nation", computed::incrementAndGet);
        assertThat(results.get("nation", computed::incrementAndGet)).isEqualTo(2);
    }
}
