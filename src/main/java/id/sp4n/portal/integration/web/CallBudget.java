package id.sp4n.portal.integration.web;

import id.sp4n.portal.integration.KeyHolder;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.stereotype.Component;

/**
 * Each key's calls per minute (its system's setting), as Bucket4j token buckets held by each instance: a bucket in
 * the database would put every call of a key behind one row lock, which is the throughput the integration must not
 * lose. With several instances behind the load balancer a key may therefore make its budget once per instance
 * (docs/0048).
 */
@Component
class CallBudget {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();

    /** Empty when the call may go ahead; otherwise how long until it may. */
    Optional<Duration> spend(KeyHolder holder) {
        Bucket bucket = buckets.get(holder.keyId() + ":" + holder.callsPerMinute(), key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(holder.callsPerMinute())
                        .refillGreedy(holder.callsPerMinute(), Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
