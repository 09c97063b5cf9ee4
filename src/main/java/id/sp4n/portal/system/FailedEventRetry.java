package id.sp4n.portal.system;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs event listeners again that did not complete (database hiccup, SMTP down): every
 * {@code portal.events.retry-interval}, publications older than {@code portal.events.retry-min-age} that are
 * still incomplete and due by {@link EventDeliveries}' growing waits are resubmitted, at most
 * {@code portal.events.retry-batch} a round so a large backlog (SMTP down for hours) costs the same each round; those
 * out of tries are given up and listed for the national admin. This is also how a restarted instance picks up what a
 * stopped one left: nothing is replayed at start-up. One instance retries at a time (ShedLock); listeners are idempotent all the
 * same, as a retry may overlap with a delivery still running.
 */
@Component
class FailedEventRetry {

    private static final Logger log = LoggerFactory.getLogger(FailedEventRetry.class);

    private final IncompleteEventPublications incomplete;
    private final EventDeliveries deliveries;
    private final Duration minAge;
    private final int batch;

    FailedEventRetry(IncompleteEventPublications incomplete, EventDeliveries deliveries,
                     @Value("${portal.events.retry-min-age:PT10S}") Duration minAge,
                     @Value("${portal.events.retry-batch:500}") int batch) {
        this.incomplete = incomplete;
        this.deliveries = deliveries;
        this.minAge = minAge;
        this.batch = batch;
    }

    @Scheduled(fixedDelayString = "${portal.events.retry-interval:PT30S}",
            initialDelayString = "${portal.events.retry-interval:PT30S}")
    // A round takes well under a second; an instance killed during one must not keep the others from retrying for
    // long (a crash test waited out a 5-minute lock). Overlapping rounds would be harmless: listeners are idempotent.
    @SchedulerLock(name = "event-retry", lockAtMostFor = "PT30S")
    public void retry() {
        try {
            int givenUp = deliveries.giveUpOnExhausted();
            if (givenUp > 0) {
                log.warn("Gave up {} event deliveries after their last try; see /admin/peristiwa-gagal", givenUp);
            }
            incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults().withMinAge(minAge)
                    .withMaxInFlight(batch)
                    .withFilter(deliveries::due));
        } catch (RuntimeException e) {
            log.warn("Retrying incomplete event publications did not work this time: {}", e.getMessage());
        }
    }
}
