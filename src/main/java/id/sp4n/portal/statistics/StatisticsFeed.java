package id.sp4n.portal.statistics;

import id.sp4n.portal.complaint.ComplaintActedOn;
import id.sp4n.portal.complaint.ComplaintHandedOver;
import id.sp4n.portal.complaint.ComplaintRouted;
import id.sp4n.portal.complaint.ComplaintSubmitted;
import id.sp4n.portal.complaint.DeadlineReached;
import id.sp4n.portal.complaint.ReporterActedOn;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The live feed's first half: every complaint event is logged in the transaction that published it, just before it
 * commits, so the change and its event stand or fall together and the filing pays one insert — no publication of
 * its own, no second transaction (an after-commit listener per event cost a third of the form's throughput,
 * docs/benchmarks.md). {@link PendingEvents} applies the log to the record in batches. {@code fallbackExecution}:
 * an event published outside a transaction is logged at once rather than lost.
 */
@Component
class StatisticsFeed {

    private final EventLog log;

    StatisticsFeed(EventLog log) {
        this.log = log;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ComplaintSubmitted event) {
        log.append(event);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ComplaintRouted event) {
        log.append(event);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ComplaintActedOn event) {
        log.append(event);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ReporterActedOn event) {
        log.append(event);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ComplaintHandedOver event) {
        log.append(event);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(DeadlineReached event) {
        log.append(event);
    }
}
