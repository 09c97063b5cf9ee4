package id.sp4n.portal.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import id.sp4n.portal.complaint.ComplaintRouted;
import id.sp4n.portal.complaint.ComplaintSubmitted;
import id.sp4n.portal.complaint.IntakeChannel;
import id.sp4n.portal.complaint.ReportType;
import id.sp4n.portal.complaint.RunningLimit;
import id.sp4n.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A batch writes its filings and routings together (one statement per kind and round); the record must come out as
 * if every event had been applied alone, in log order — here with a complaint routed twice, a filing delivered
 * twice, and a routing that arrives before its filing; a complaint filed and routed in the batch is written as one row
 * when the record does not have it yet.
 */
@PortalTest
class BatchedApplyTest {

    private static final Instant FILED = Instant.parse("2025-06-02T02:00:00Z");

    @Autowired
    ComplaintRecords records;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Rollup rollup;

    @Test
    void shouldKeepTheSameRecordAsEventsAppliedOneByOne() {
        records.applyAll(events("BATCHED"));
        for (Object event : events("ONEBYONE")) {
            records.applyAll(List.of(event));
        }
        for (String suffix : List.of("A", "B", "C")) {
            assertThat(row("BATCHED" + suffix)).as(suffix).isNotEmpty().isEqualTo(row("ONEBYONE" + suffix));
        }
        assertThat(row("BATCHEDA")).containsEntry("agency_code", "pemda-32.73/DINKES")
                .containsEntry("routing_hops", 1).containsEntry("limit_due_on", Date.valueOf("2025-06-20"));
        assertThat(row("BATCHEDC")).containsEntry("agency_code", "pemda-32.73/DISDIK")
                .containsEntry("type", "PENGADUAN");
        // Delivered again: now the record has them, so a filing and its routing are no longer written as one row.
        records.applyAll(events("BATCHED"));
        for (Object event : events("ONEBYONE")) {
            records.applyAll(List.of(event));
        }
        for (String suffix : List.of("A", "B", "C")) {
            assertThat(row("BATCHED" + suffix)).as(suffix + " again").isEqualTo(row("ONEBYONE" + suffix));
        }
    }

    /** An earlier run on the same database leaves the record and the roll-up together. */
    @org.junit.jupiter.api.BeforeEach
    void forgetEarlierRuns() {
        String earlier = "from stat_complaint where tracking_number like 'BATCHED%' or tracking_number like 'ONEBYONE%'";
        rollup.subtract(jdbc.sql("select tracking_number " + earlier).query(String.class).list());
        jdbc.sql("delete " + earlier).update();
    }

    /** A: filed, routed, routed again later, filed again (a second delivery); B: filed and routed; C: routed first. */
    private static List<Object> events(String prefix) {
        Function<String, String> number = suffix -> prefix + suffix;
        List<Object> events = new ArrayList<>();
        events.add(filed(number.apply("A")));
        events.add(new ComplaintRouted(number.apply("A"), "pemda-32.73", "pemda-32.73/DISDIK", 1,
                FILED.plusSeconds(1), new RunningLimit(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 5))));
        events.add(new ComplaintRouted(number.apply("C"), "pemda-32.73", "pemda-32.73/DISDIK", 2,
                FILED.plusSeconds(3), null));
        events.add(filed(number.apply("B")));
        events.add(new ComplaintRouted(number.apply("A"), "pemda-32.73", "pemda-32.73/DINKES", 3,
                FILED.plusSeconds(60), new RunningLimit(LocalDate.of(2025, 6, 3), LocalDate.of(2025, 6, 20))));
        events.add(new ComplaintRouted(number.apply("B"), "kemenpanrb", "pemda-32.73/DISDIK", 2,
                FILED.plusSeconds(2), null));
        events.add(filed(number.apply("A")));
        events.add(filed(number.apply("C")));
        return events;
    }

    private static ComplaintSubmitted filed(String number) {
        return new ComplaintSubmitted(number, ReportType.PENGADUAN, "PENDIDIKAN-DASAR", "32", "32.73", "pemda-32.73",
                null, IntakeChannel.WEB, false, FILED);
    }

    private Map<String, Object> row(String number) {
        Map<String, Object> row = new HashMap<>(jdbc.sql(
                "select * from stat_complaint where tracking_number = ?").param(number).query().singleRow());
        row.remove("tracking_number");
        return row;
    }
}
