package id.sp4n.portal.shared;

import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An in-memory copy of reference data that reloads itself when the data changed, on this or any other
 * instance. Triggers bump a counter in {@code reference_data_version} on every change; the counter is read
 * at most once per {@code checkInterval}, so hot paths such as routing never wait for the database.
 */
public final class ReferenceDataCache<T> {

    private final JdbcClient jdbc;
    private final String name;
    private final Supplier<T> loader;
    private final long checkIntervalNanos;

    private volatile T value;
    private volatile long loadedVersion = -1;
    private volatile long checkedAtNanos;

    public ReferenceDataCache(JdbcClient jdbc, String name, Duration checkInterval, Supplier<T> loader) {
        this.jdbc = jdbc;
        this.name = name;
        this.loader = loader;
        this.checkIntervalNanos = checkInterval.toNanos();
    }

    public T get() {
        T current = value;
        if (current != null && System.nanoTime() - checkedAtNanos < checkIntervalNanos) {
            return current;
        }
        synchronized (this) {
            long version = jdbc.sql("select version from reference_data_version where name = :name")
                    .param("name", name).query(Long.class).single();
            if (value == null || version != loadedVersion) {
                value = loader.get();
                loadedVersion = version;
            }
            checkedAtNanos = System.nanoTime();
            return value;
        }
    }

    /** Makes the next {@link #get()} check the version at once (after a change made by this instance). */
    public void invalidate() {
        checkedAtNanos = System.nanoTime() - checkIntervalNanos;
    }
}
