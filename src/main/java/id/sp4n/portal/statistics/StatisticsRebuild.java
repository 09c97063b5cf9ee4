package id.sp4n.portal.statistics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the module's record from its event log with the live feed's own code, and the roll-up from the record,
 * so the result is what the feed built, row for row (StatisticsRebuildTest). Needed when the record keeps something
 * new (a changed measure alone rebuilds the roll-up by itself); started with {@code --portal.statistics.rebuild=true}
 * (README). One transaction holding the tables: events logged meanwhile
 * are applied after it by {@link PendingEvents}, and a failed rebuild leaves the old record.
 */
@Service
class StatisticsRebuild implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StatisticsRebuild.class);

    private final JdbcClient jdbc;
    private final EventLog events;
    private final ComplaintRecords records;
    private final Rollup rollup;
    private final TransactionTemplate transaction;
    private final boolean atStart;

    StatisticsRebuild(JdbcClient jdbc, EventLog events, ComplaintRecords records, Rollup rollup,
                      PlatformTransactionManager transactions,
                      @Value("${portal.statistics.rebuild:false}") boolean atStart) {
        this.jdbc = jdbc;
        this.events = events;
        this.records = records;
        this.rollup = rollup;
        this.transaction = new TransactionTemplate(transactions);
        this.atStart = atStart;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (atStart) {
            long began = System.nanoTime();
            long replayed = rebuild();
            log.info("Statistics rebuilt from {} events in {} ms", replayed, (System.nanoTime() - began) / 1_000_000);
        }
    }

    /** Empties the record and applies every logged event again, oldest first; returns how many. */
    long rebuild() {
        Long replayed = transaction.execute(tx -> {
            // The live batches wait meanwhile (their lock), then apply whatever was logged after (docs/0037).
            jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", PendingEvents.LOCK).query().singleRow();
            jdbc.sql("lock table stat_complaint, stat_applied_event in exclusive mode").update();
            jdbc.sql("truncate stat_complaint, stat_applied_event").update();
            long count = events.replay(records::apply);
            rollup.rebuild();
            return count;
        });
        return replayed == null ? 0 : replayed;
    }
}
