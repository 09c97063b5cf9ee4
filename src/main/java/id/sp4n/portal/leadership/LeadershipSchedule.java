package id.sp4n.portal.leadership;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Issues last month's summaries every morning at 07:00 WIB: on the 1st for every head, and on later days to a head
 * named since (issuing is once per agency and month, so the other days issue nothing); and once when an instance
 * starts, so that a portal that was down on the 1st catches up. Issuing twice, or on two instances, issues once.
 */
@Component
class LeadershipSchedule {

    private final LeadershipSummaries summaries;

    LeadershipSchedule(LeadershipSummaries summaries) {
        this.summaries = summaries;
    }

    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void catchUp() {
        summaries.issue(summaries.due());
    }

    @Scheduled(cron = "${portal.leadership.issue-cron:0 0 7 * * *}", zone = "Asia/Jakarta")
    @SchedulerLock(name = "leadership-summaries", lockAtMostFor = "PT30M")
    void issueDue() {
        summaries.issue(summaries.due());
    }
}
