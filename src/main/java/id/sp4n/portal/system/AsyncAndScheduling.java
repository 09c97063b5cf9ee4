package id.sp4n.portal.system;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Asynchronous event listeners, scheduled jobs, the clock every time-dependent rule reads (replaceable in
 * tests), and the retry of failed event listeners: a listener that threw (database hiccup, SMTP down) is
 * run again every {@code portal.events.retry-interval} until it succeeds. Listeners are idempotent, so a
 * retry that overlaps with another instance's does no harm.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class AsyncAndScheduling {

    private static final Logger log = LoggerFactory.getLogger(AsyncAndScheduling.class);

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    FailedEventRetry failedEventRetry(FailedEventPublications failed,
                                      @org.springframework.beans.factory.annotation.Value("${portal.events.retry-min-age:PT10S}")
                                      Duration minAge) {
        return new FailedEventRetry(failed, minAge);
    }

    static class FailedEventRetry {

        private final FailedEventPublications failed;
        private final Duration minAge;

        FailedEventRetry(FailedEventPublications failed, Duration minAge) {
            this.failed = failed;
            this.minAge = minAge;
        }

        @Scheduled(fixedDelayString = "${portal.events.retry-interval:PT30S}",
                initialDelayString = "${portal.events.retry-interval:PT30S}")
        void retry() {
            try {
                failed.resubmit(ResubmissionOptions.defaults().withMinAge(minAge));
            } catch (RuntimeException e) {
                log.warn("Retrying failed event publications did not work this time: {}", e.getMessage());
            }
        }
    }
}
