package id.sp4n.portal.statistics;

import id.sp4n.portal.complaint.ComplaintActedOn;
import id.sp4n.portal.complaint.ComplaintHandedOver;
import id.sp4n.portal.complaint.ComplaintRouted;
import id.sp4n.portal.complaint.ComplaintSubmitted;
import id.sp4n.portal.complaint.DeadlineReached;
import id.sp4n.portal.complaint.ReporterActedOn;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The live feed: every complaint event, after its change committed, is logged (for a rebuild) and applied to the
 * module's record, in one transaction; a failure leaves the publication to be retried (FailedEventRetry).
 */
@Component
class StatisticsFeed {

    private final EventLog log;
    private final ComplaintRecords records;

    StatisticsFeed(EventLog log, ComplaintRecords records) {
        this.log = log;
        this.records = records;
    }

    @ApplicationModuleListener
    void on(ComplaintSubmitted event) {
        receive(event);
    }

    @ApplicationModuleListener
    void on(ComplaintRouted event) {
        receive(event);
    }

    @ApplicationModuleListener
    void on(ComplaintActedOn event) {
        receive(event);
    }

    @ApplicationModuleListener
    void on(ReporterActedOn event) {
        receive(event);
    }

    @ApplicationModuleListener
    void on(ComplaintHandedOver event) {
        receive(event);
    }

    @ApplicationModuleListener
    void on(DeadlineReached event) {
        receive(event);
    }

    private void receive(Object event) {
        log.append(event);
        records.apply(event);
    }
}
