package id.sp4n.portal.statistics;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The live feed's second half: applies the logged events to the record in batches, each batch and its "applied"
 * marks in one transaction (so every event is applied exactly once, even across a crash), every
 * {@code portal.statistics.apply-interval} (1 s; the issue allows figures a minute old). One instance at a time: the
 * batch holds a transaction-scoped advisory lock, which a killed instance's connection gives up by itself; the
 * rebuild takes the same lock.
 */
@Component
class PendingEvents {

    /** The advisory lock key of applying statistics events (any constant no other lock uses). */
    static final long LOCK = 0x5354_4154_5300L;
    private static final int BATCH = 500;

    private final EventLog log;
    private final ComplaintRecords records;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    PendingEvents(EventLog log, ComplaintRecords records, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.log = log;
        this.records = records;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${portal.statistics.apply-interval:PT1S}", initialDelayString = "PT1S")
    void applyOnSchedule() {
        applyAll();
    }

    /** Applies batches until none is left (or another instance is at it); returns how many events it applied. */
    long applyAll() {
        long total = 0;
        int applied;
        do {
            applied = transaction.execute(tx -> applyBatch());
            total += applied;
        } while (applied == BATCH);
        return total;
    }

    private int applyBatch() {
        if (!jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", LOCK).query(Boolean.class).single()) {
            return 0;
        }
        List<EventLog.Logged> batch = log.pending(BATCH);
        // Even without events: a deployment with new measures or a moved agency brings the roll-up in line at once.
        records.applyAll(batch.stream().map(EventLog.Logged::event).toList());
        if (!batch.isEmpty()) {
            log.markApplied(batch);
        }
        return batch.size();
    }
}
