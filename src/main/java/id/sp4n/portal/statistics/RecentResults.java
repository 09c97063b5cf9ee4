package id.sp4n.portal.statistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Results kept for a short while per key, so that several people opening the same large view within seconds cost one
 * computation (the nation's backlog reads every open complaint). At most {@code maximum} keys, the least recently
 * used dropped first; a zero lifetime keeps nothing.
 */
final class RecentResults<K, V> {

    private record Kept<V>(V value, Instant until) {
    }

    private final Duration lifetime;
    private final Clock clock;
    private final Map<K, Kept<V>> kept;

    RecentResults(Duration lifetime, int maximum, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Kept<V>> eldest) {
                return size() > maximum;
            }
        };
    }

    /** The kept result for the key if it is recent enough, else a new one from {@code compute} (then kept). */
    V get(K key, Supplier<V> compute) {
        if (lifetime.isZero()) {
            return compute.get();
        }
        Instant now = clock.instant();
        synchronized (kept) {
            Kept<V> recent = kept.get(key);
            if (recent != null && now.isBefore(recent.until())) {
                return recent.value();
            }
        }
        // Computed outside the lock: two people may compute the same view at once, nobody waits for another's.
        V value = compute.get();
        synchronized (kept) {
            kept.put(key, new Kept<>(value, now.plus(lifetime)));
        }
        return value;
    }
}
