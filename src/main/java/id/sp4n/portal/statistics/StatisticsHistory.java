package id.sp4n.portal.statistics;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaint events that happened before the live feed could see them — the demo history, another system's past —
 * logged as if received, in the caller's transaction. The live batches apply them like any other event, and a
 * rebuild replays them, so such a history has the same standing as one the portal lived through.
 */
@Service
public class StatisticsHistory {

    private final EventLog log;

    StatisticsHistory(EventLog log) {
        this.log = log;
    }

    /** Logs the events in the order given (for each complaint, in the order they happened). */
    @Transactional
    public void record(List<?> events) {
        log.appendAll(events);
    }
}
