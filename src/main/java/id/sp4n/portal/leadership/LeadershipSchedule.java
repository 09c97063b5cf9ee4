package id.sp4n.portal.leadership;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Issues last month's summaries every morning at 07:00 WIB: on the 1st for every head, and on later days to a head
 * named since (issuing is once per agency and month, so the other days issue nothing). One instance at a time.
 */
@Component
class LeadershipSchedule {

    private final LeadershipSummaries summaries;

    LeadershipSchedule(LeadershipSummaries summaries) {
        this.summaries = summaries;
    }

    @Scheduled(cron = "${portal.leadership.issue-cron:0 0 7 * * *}", zone = "Asia/Jakarta")
    @SchedulerLock(name = "leadership-summaries", lockAtMostFor = "PT30M")
    void issueDue() {
        summaries.issue(summaries.due());
    }
}
