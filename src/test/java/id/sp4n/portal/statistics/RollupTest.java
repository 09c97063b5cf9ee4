package id.sp4n.portal.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.complaint.CaseAction;
import id.sp4n.portal.complaint.ComplaintActedOn;
import id.sp4n.portal.complaint.ComplaintFacts;
import id.sp4n.portal.complaint.ComplaintRouted;
import id.sp4n.portal.complaint.ComplaintStatus;
import id.sp4n.portal.complaint.ComplaintSubmitted;
import id.sp4n.portal.complaint.IntakeChannel;
import id.sp4n.portal.complaint.ReportType;
import id.sp4n.portal.complaint.ReporterAction;
import id.sp4n.portal.complaint.ReporterActedOn;
import id.sp4n.portal.statistics.StatisticsFigures.Dimension;
import id.sp4n.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The roll-up holds exactly what the record holds: every measure, breakdown value and number of working days of a
 * scope summed from it equals the count over the record's rows (whatever else the database holds from other tests,
 * read in one snapshot), also after the agency tree moved an agency elsewhere.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollupTest {

    private static final String MOVED = "bmkg";
    private static final String NEW_PARENT = "bnpb";
    private static final LocalDate JANUARY_1 = LocalDate.of(2021, 1, 1);
    private static final LocalDate JANUARY_31 = LocalDate.of(2021, 1, 31);

    @Autowired
    ComplaintRecords records;

    @Autowired
    Rollup rollup;

    @Autowired
    StatisticsFigures figures;

    @Autowired
    ScopeSql scopes;

    @Autowired
    AgencyHierarchy hierarchy;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeAll
    void fileTheFixture() {
        // Three complaints held by a central body in January 2021: one verified on day 2, one responded on day 4 and
        // rated 3, one still waiting; the second confidential.
        for (int n = 1; n <= 3; n++) {
            Instant at = Instant.parse(String.format("2021-01-%02dT02:00:00Z", n + 4));
            String number = String.format("ROLL%08d", n);
            records.applyAll(List.of(new ComplaintSubmitted(number, ReportType.PENGADUAN, null, "31", "31.71",
                            "kemenpanrb", null, IntakeChannel.WEB, n == 2, at),
                    new ComplaintRouted(number, "kemenpanrb", MOVED, 1, at.plusSeconds(1), null)));
        }
        Instant filed = Instant.parse("2021-01-05T02:00:00Z");
        records.applyAll(List.of(new ComplaintActedOn(CaseAction.VERIFY, facts("ROLL00000001",
                ComplaintStatus.IN_PROGRESS, false, filed, 2), MOVED, ComplaintStatus.SUBMITTED, null,
                filed.plusSeconds(2 * 86_400))));
        Instant second = Instant.parse("2021-01-06T02:00:00Z");
        records.applyAll(List.of(
                new ComplaintActedOn(CaseAction.RESPOND, facts("ROLL00000002", ComplaintStatus.RESPONDED, true,
                        second, 4), MOVED, ComplaintStatus.SUBMITTED, null, second.plusSeconds(4 * 86_400)),
                new ReporterActedOn(ReporterAction.RATE, facts("ROLL00000002", ComplaintStatus.RESPONDED, true,
                        second, 5), MOVED, ComplaintStatus.RESPONDED, 3, second.plusSeconds(5 * 86_400))));
    }

    @Test
    void shouldHoldWhatTheRecordHoldsForEveryScope() {
        LocalDate always = LocalDate.of(2000, 1, 1);
        LocalDate farAhead = LocalDate.of(2100, 12, 31);
        for (boolean publicOnly : List.of(true, false)) {
            assertSameAsRecord(new Scope("kemenpanrb", true, always, farAhead, publicOnly));
            assertSameAsRecord(new Scope("kemenpanrb", false, always, farAhead, publicOnly));
            assertSameAsRecord(new Scope("pemda-32.73", true, always, farAhead, publicOnly));
            assertSameAsRecord(new Scope("pemda-32", true, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31),
                    publicOnly));
            assertSameAsRecord(new Scope(MOVED, false, JANUARY_1, JANUARY_31, publicOnly));
            // Whole months from the month rows and the partial ones at either end from the day rows, or days alone.
            assertSameAsRecord(new Scope("kemenpanrb", true, LocalDate.of(2020, 2, 10), LocalDate.of(2026, 4, 20),
                    publicOnly));
            assertSameAsRecord(new Scope("kemenpanrb", true, LocalDate.of(2000, 1, 1), LocalDate.of(2025, 3, 15),
                    publicOnly));
            assertSameAsRecord(new Scope("kemenpanrb", true, LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 20),
                    publicOnly));
            assertSameAsRecord(new Scope("kemenpanrb", true, LocalDate.of(2025, 2, 27), LocalDate.of(2025, 3, 2),
                    publicOnly));
        }
        Map<String, Long> january = rollup.totals(new Scope(MOVED, true, JANUARY_1, JANUARY_31, false));
        assertThat(january).containsEntry("received", 3L).containsEntry("verified", 1L)
                .containsEntry("responded", 1L).containsEntry("stars", 3L).containsEntry("CATEGORY:NONE", 3L)
                .containsEntry("daysToVerification:2", 1L).containsEntry("daysToResponse:4", 1L);
        assertThat(rollup.totals(new Scope(MOVED, true, JANUARY_1, JANUARY_31, true)))
                .containsEntry("received", 2L).doesNotContainKey("stars");
    }

    @Test
    void shouldFollowAnAgencyMovedInTheTree() {
        Scope newParent = new Scope(NEW_PARENT, true, JANUARY_1, JANUARY_31, false);
        assertThat(rollup.totals(newParent)).doesNotContainKey("received");
        moveUnder(NEW_PARENT);
        try {
            assertThat(rollup.totals(newParent)).containsEntry("received", 3L);
            assertSameAsRecord(newParent);
            assertSameAsRecord(new Scope("kemenpanrb", true, JANUARY_1, JANUARY_31, false));
        } finally {
            moveUnder("kemenpanrb");
        }
        assertThat(rollup.totals(newParent)).doesNotContainKey("received");
        assertSameAsRecord(new Scope("kemenpanrb", true, JANUARY_1, JANUARY_31, false));
    }

    /** Moves the central body and lets the next batch see the new tree (an empty batch). */
    private void moveUnder(String parent) {
        jdbc.sql("update agency set parent_id = (select id from agency where code = :parent) where code = :code")
                .param("parent", parent).param("code", MOVED).update();
        hierarchy.invalidate();
        records.applyAll(List.of());
    }

    /** The roll-up's sums against counts over the record, both read in one snapshot (the batch writes both). */
    private void assertSameAsRecord(Scope scope) {
        TransactionTemplate snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
        snapshot.executeWithoutResult(tx -> {
            Map<String, Long> totals = rollup.totals(scope);
            Map<String, Long> expected = new HashMap<>();
            Measures.MEMBERS.forEach((key, condition) -> expected.put(key, count(scope, condition)));
            for (Dimension dimension : Dimension.values()) {
                grouped(scope, Measures.value(dimension, hierarchy.tree().root().code()), "true")
                        .forEach((value, n) -> expected.put(Measures.key(dimension, value), n));
            }
            Measures.DURATIONS.forEach((key, column) -> grouped(scope, column + "::text", column + " is not null")
                    .forEach((days, n) -> expected.put(key + ":" + days, n)));
            grouped(scope, "province_code", Measures.FOLLOWED_UP + " and province_code is not null")
                    .forEach((province, n) -> expected.put(Measures.PROVINCE_FOLLOWED_UP + province, n));
            expected.put("responded", count(scope, "responded_at is not null"));
            expected.put("verified", count(scope, "verified_at is not null"));
            expected.put("stars", jdbc.sql("select coalesce(sum(rating), 0) from stat_complaint" + scopes.where(scope))
                    .params(scopes.params(scope)).query(Long.class).single());
            expected.values().removeIf(n -> n == 0);
            assertThat(totals).as(scope.toString()).isEqualTo(expected);
        });
    }

    private long count(Scope scope, String condition) {
        return jdbc.sql("select count(*) from stat_complaint" + scopes.where(scope) + " and " + condition)
                .params(scopes.params(scope)).query(Long.class).single();
    }

    private Map<String, Long> grouped(Scope scope, String value, String condition) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select " + value + ", count(*) from stat_complaint" + scopes.where(scope) + " and " + condition
                        + " group by 1")
                .params(scopes.params(scope))
                .query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    private static ComplaintFacts facts(String number, ComplaintStatus status, boolean confidential, Instant filedAt,
                                        int workingDays) {
        return new ComplaintFacts(number, ReportType.PENGADUAN, null, "31", "31.71", "kemenpanrb", IntakeChannel.WEB,
                MOVED, status, false, confidential, null, filedAt, workingDays, 0, 0, null, null);
    }
}
