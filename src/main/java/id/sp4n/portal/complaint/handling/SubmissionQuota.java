package id.sp4n.portal.complaint.handling;

import java.util.List;

import id.sp4n.portal.complaint.IntakeProperties;
import id.sp4n.portal.complaint.SubmissionQuotaExceeded;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts submissions per client and clock hour in PostgreSQL, so the limit holds across every instance.
 * The count is taken in its own short transaction: the row lock is not held while the complaint is stored,
 * and a refused submission does not count.
 */
@Component
class SubmissionQuota {

    private final JdbcClient jdbc;
    private final IntakeProperties properties;

    SubmissionQuota(JdbcClient jdbc, IntakeProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    boolean isEnabled() {
        return properties.submissionsPerHour() > 0;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void consume(List<String> clientKeys) {
        int limit = properties.submissionsPerHour();
        for (String key : clientKeys) {
            int used = jdbc.sql("""
                            insert into submission_quota (client_key, window_start, used)
                            values (:key, date_trunc('hour', now()), 1)
                            on conflict (client_key, window_start) do update set used = submission_quota.used + 1
                            returning used""")
                    .param("key", key).query(Integer.class).single();
            if (used > limit) {
                throw new SubmissionQuotaExceeded(limit);
            }
        }
    }

    @Scheduled(fixedDelayString = "PT30M", initialDelayString = "PT1M")
    @SchedulerLock(name = "submission-quota-cleanup", lockAtMostFor = "PT10M")
    @Transactional
    public void forgetOldWindows() {
        jdbc.sql("delete from submission_quota where window_start < now() - interval '2 hours'").update();
    }
}
