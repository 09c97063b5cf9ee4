package id.sp4n.portal.shared;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An in-memory copy of reference data that reloads itself when the data changed, on this or any other
 * instance. Triggers bump a counter in {@code reference_data_version} on every change; the counter is read
 * at most once per {@code checkInterval}, so hot paths such as routing never wait for the database. Checks and
 * loads run outside the caller's transaction, so the copy only ever holds committed data.
 */
public final class ReferenceDataCache<T> {

    private final JdbcClient jdbc;
    private final TransactionTemplate outsideTransaction;
    private final String name;
    private final Supplier<T> loader;
    private final long checkIntervalNanos;

    private volatile T value;
    private volatile long loadedVersion = -1;
    private volatile long checkedAtNanos;
    /**
     * Invalidations so far, and how many a finished check had seen when it began: a check that started before an
     * invalidation (and may have read the data before the change committed) must not count as the check after it.
     */
    private final AtomicLong invalidations = new AtomicLong();
    private volatile long checkedInvalidations;
    private final ReentrantLock checking = new ReentrantLock();

    public ReferenceDataCache(JdbcClient jdbc, PlatformTransactionManager transactions, String name,
                              Duration checkInterval, Supplier<T> loader) {
        this.jdbc = jdbc;
        this.outsideTransaction = new TransactionTemplate(transactions);
        // A transaction of its own that may write: never served by a read replica (docs/0031), so the copy is never
        // older than the version it records.
        this.outsideTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.name = name;
        this.loader = loader;
        this.checkIntervalNanos = checkInterval.toNanos();
    }

    private boolean mustCheck() {
        return invalidations.get() != checkedInvalidations;
    }

    public T get() {
        T current = value;
        if (current != null && !mustCheck() && System.nanoTime() - checkedAtNanos < checkIntervalNanos) {
            return current;
        }
        // One thread checks; the others carry on with the copy in hand, which is at most one interval old.
        // Only without a copy, or after this instance changed the data, does a caller wait for the check.
        if (current != null && !mustCheck()) {
            if (!checking.tryLock()) {
                return current;
            }
        } else {
            checking.lock();
        }
        try {
            if (value != null && !mustCheck() && System.nanoTime() - checkedAtNanos < checkIntervalNanos) {
                return value;
            }
            long seen = invalidations.get();
            return outsideTransaction.execute(status -> {
                long version = jdbc.sql("select version from reference_data_version where name = :name")
                        .param("name", name).query(Long.class).single();
                if (value == null || version != loadedVersion) {
                    value = loader.get();
                    loadedVersion = version;
                }
                checkedInvalidations = seen;
                checkedAtNanos = System.nanoTime();
                return value;
            });
        } finally {
            checking.unlock();
        }
    }

    /**
     * Makes the next {@link #get()} check the version at once (after a change made by this instance). Inside a
     * transaction it takes effect when the transaction ends: a check made by another thread between the change and
     * its commit would read the old version and otherwise count as the check after the change.
     */
    public void invalidate() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    invalidations.incrementAndGet();
                }
            });
        } else {
            invalidations.incrementAndGet();
        }
    }
}
