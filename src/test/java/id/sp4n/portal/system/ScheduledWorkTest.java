package id.sp4n.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import id.sp4n.portal.support.PortalTest;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.util.ClassUtils;

/**
 * Scheduled work runs on one instance at a time, however many run (docs/0031): every scheduled job holds a ShedLock
 * lock, and a job whose lock another instance holds does nothing until that lock is released.
 */
@PortalTest
class ScheduledWorkTest {

    private static final String CLEANUP_LOCK = "submission-quota-cleanup";

    /**
     * Jobs that lock themselves another way, and why. Applying the statistics events takes a PostgreSQL advisory
     * lock per batch (docs/0037): a killed instance gives it up at once, where a ShedLock lease would stall the
     * figures until it ran out. The webhook sender claims each batch of deliveries with {@code for update skip locked}
     * (docs/0051): every instance sends at once, none sends a delivery another has claimed.
     */
    private static final List<String> LOCKED_OTHERWISE = List.of("PendingEvents.applyOnSchedule",
            "WebhookSender.sendDue");

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldLockEveryScheduledJobOfThePortal() {
        List<String> scheduled = new ArrayList<>();
        List<String> unlocked = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null || !type.getName().startsWith("id.sp4n.portal.")) {
                continue;
            }
            for (Method method : ClassUtils.getUserClass(type).getDeclaredMethods()) {
                if (method.isAnnotationPresent(Scheduled.class)) {
                    String job = type.getSimpleName() + "." + method.getName();
                    scheduled.add(job);
                    if (!method.isAnnotationPresent(SchedulerLock.class) && !LOCKED_OTHERWISE.contains(job)) {
                        unlocked.add(job);
                    }
                }
            }
        }
        assertThat(scheduled).as("scheduled jobs found").hasSizeGreaterThanOrEqualTo(4);
        assertThat(unlocked).as("scheduled jobs without a ShedLock lock").isEmpty();
    }

    @Test
    void shouldSkipAJobWhileAnotherInstanceHoldsItsLock() {
        jdbc.sql("delete from submission_quota where client_key = 'client:203.0.113.99'").update();
        jdbc.sql("""
                insert into submission_quota (client_key, window_start, used)
                values ('client:203.0.113.99', now() - interval '3 hours', 1)""").update();
        jdbc.sql("""
                insert into shedlock (name, lock_until, locked_at, locked_by)
                values (:name, now() + interval '10 minutes', now(), 'another-instance')
                on conflict (name) do update set lock_until = excluded.lock_until, locked_by = excluded.locked_by""")
                .param("name", CLEANUP_LOCK).update();
        Object cleanup = context.getBean("submissionQuota");

        ReflectionTestUtils.invokeMethod(cleanup, "forgetOldWindows");
        assertThat(oldWindows()).as("old windows while another instance holds the lock").isEqualTo(1);

        jdbc.sql("update shedlock set lock_until = now() where name = :name").param("name", CLEANUP_LOCK).update();
        ReflectionTestUtils.invokeMethod(cleanup, "forgetOldWindows");
        assertThat(oldWindows()).as("old windows once the lock is free").isZero();
        assertThat(jdbc.sql("select locked_by from shedlock where name = :name").param("name", CLEANUP_LOCK)
                .query(String.class).single()).isNotEqualTo("another-instance");
    }

    private long oldWindows() {
        return jdbc.sql("select count(*) from submission_quota where client_key = 'client:203.0.113.99'")
                .query(Long.class).single();
    }
}
