package id.sp4n.portal.support;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the portal's clock with a {@link MutableClock} the test moves. Test classes that {@code @Import} it (with
 * the same properties) share one Spring context instead of starting one each.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(Instant.parse("2026-11-30T02:00:00Z"));
    }
}
