package id.sp4n.portal.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Asynchronous event listeners, scheduled jobs, and the clock every time-dependent rule reads (replaceable in
 * tests).
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class AsyncAndScheduling {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
