package id.sp4n.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import id.sp4n.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An invalidation that comes while another thread is loading (from data read before the change committed) makes
 * the next read check again: the slow load must not pass for the check after the change. (In a full run, a listener
 * reloading the agency tree while a test added an agency left the new agency out of the tree for a second.)
 */
@PortalTest
class ReferenceDataCacheTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void shouldCheckAgainAfterAnInvalidationThatCameDuringALoad() throws Exception {
        String name = "uji-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("insert into reference_data_version (name, version) values (?, 1)").param(name).update();
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ReferenceDataCache<Integer> cache = new ReferenceDataCache<>(jdbc, transactions, name, Duration.ofHours(1),
                () -> {
                    int load = loads.incrementAndGet();
                    if (load == 1) {
                        loading.countDown();
                        await(release);
                    }
                    return load;
                });
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> slow = thread.submit(cache::get);
            assertThat(loading.await(10, TimeUnit.SECONDS)).isTrue();
            jdbc.sql("update reference_data_version set version = 2 where name = ?").param(name).update();
            cache.invalidate();
            release.countDown();
            assertThat(slow.get(10, TimeUnit.SECONDS)).isEqualTo(1);

            assertThat(cache.get()).isEqualTo(2);
        } finally {
            thread.shutdownNow();
            jdbc.sql("delete from reference_data_version where name = ?").param(name).update();
        }
    }

    /**
     * A change made in a transaction counts when it commits: another thread's check between the change and the commit
     * reads the old version and must not pass for the check after it (a full run once saw a deactivated agency stay in
     * the tree).
     */
    @Test
    void shouldCheckAgainWhenTheTransactionThatInvalidatedCommits() throws Exception {
        String name = "uji-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("insert into reference_data_version (name, version) values (?, 1)").param(name).update();
        AtomicInteger loads = new AtomicInteger();
        ReferenceDataCache<Integer> cache = new ReferenceDataCache<>(jdbc, transactions, name, Duration.ofHours(1),
                loads::incrementAndGet);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            assertThat(cache.get()).isEqualTo(1);
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                jdbc.sql("update reference_data_version set version = 2 where name = ?").param(name).update();
                cache.invalidate();
                try {
                    assertThat(thread.submit(cache::get).get(10, TimeUnit.SECONDS)).isEqualTo(1);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });

            assertThat(cache.get()).isEqualTo(2);
        } finally {
            thread.shutdownNow();
            jdbc.sql("delete from reference_data_version where name = ?").param(name).update();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
