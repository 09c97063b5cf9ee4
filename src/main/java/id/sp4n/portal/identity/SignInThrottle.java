package id.sp4n.portal.identity;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, per account address and per client address, with delays that grow: an account has 5
 * free failures, then one more try every 3 minutes, and after 20 in a day one every 72 minutes; a client address
 * (one person or one office behind NAT) has 30, then one every 30 seconds, and 300 a day. Only failures cost; a
 * successful sign-in clears the account's count. Unknown addresses are counted like known ones, so the delays say
 * nothing about who has an account. The buckets are Bucket4j's, kept in PostgreSQL for every instance.
 */
@Component
public class SignInThrottle {

    private static final BucketConfiguration PER_ACCOUNT = BucketConfiguration.builder()
            .addLimit(Bandwidth.builder().capacity(5).refillGreedy(5, Duration.ofMinutes(15)).build())
            .addLimit(Bandwidth.builder().capacity(20).refillGreedy(20, Duration.ofHours(24)).build())
            .build();
    private static final BucketConfiguration PER_CLIENT = BucketConfiguration.builder()
            .addLimit(Bandwidth.builder().capacity(30).refillGreedy(30, Duration.ofMinutes(15)).build())
            .addLimit(Bandwidth.builder().capacity(300).refillGreedy(300, Duration.ofHours(24)).build())
            .build();

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    SignInThrottle(DataSource dataSource) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("sign_in_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
    }

    /**
     * Spring Security tells the application about sign-in failures and successes only through this publisher; the
     * throttle counts from those events.
     */
    @Bean
    static AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        return new DefaultAuthenticationEventPublisher(events);
    }

    /** How long the person must wait before trying this account from this address; empty when they may try now. */
    public Optional<Duration> waitBefore(String email, String clientAddress) {
        long nanos = Math.max(waitNanos(accountKey(email), PER_ACCOUNT), waitNanos(clientKey(clientAddress), PER_CLIENT));
        return nanos <= 0 ? Optional.empty() : Optional.of(Duration.ofNanos(nanos));
    }

    private long waitNanos(String key, BucketConfiguration configuration) {
        var probe = buckets.builder().build(key, () -> configuration).estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent failure) {
        String email = failure.getAuthentication().getName();
        buckets.builder().build(accountKey(email), () -> PER_ACCOUNT).tryConsume(1);
        if (failure.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            buckets.builder().build(clientKey(details.getRemoteAddress()), () -> PER_CLIENT).tryConsume(1);
        }
    }

    @EventListener
    void on(AuthenticationSuccessEvent success) {
        buckets.removeProxy(accountKey(success.getAuthentication().getName()));
    }

    /** Buckets that refilled long ago are deleted, by one instance at a time. */
    @Scheduled(fixedDelay = 1, timeUnit = java.util.concurrent.TimeUnit.HOURS, initialDelay = 1)
    @SchedulerLock(name = "sign-in-throttle-cleanup", lockAtMostFor = "PT10M")
    public void removeRefilled() {
        buckets.removeExpired(1000);
    }

    private static String accountKey(String email) {
        return "account:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    private static String clientKey(String address) {
        return "client:" + (address == null ? "" : address);
    }
}
