package id.sp4n.portal.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.complaint.CaseAction;
import id.sp4n.portal.complaint.ComplaintActedOn;
import id.sp4n.portal.complaint.ComplaintFacts;
import id.sp4n.portal.complaint.ComplaintRouted;
import id.sp4n.portal.complaint.ComplaintStatus;
import id.sp4n.portal.complaint.ComplaintSubmitted;
import id.sp4n.portal.complaint.DeadlineReached;
import id.sp4n.portal.complaint.IntakeChannel;
import id.sp4n.portal.complaint.ReportType;
import id.sp4n.portal.complaint.ReporterAction;
import id.sp4n.portal.complaint.ReporterActedOn;
import id.sp4n.portal.complaint.handling.Staff;
import id.sp4n.portal.support.PortalTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The figures against a fixture worked out by hand: fifteen complaints filed in March 2025 (no other test files
 * then), twelve of them public and held in Bandung's (pemda-32.73) subtree, one held by the province, one confidential,
 * one filed in April. Expected values are derived in the comments beside each assertion.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsFiguresTest {

    private static final String CITY = "pemda-32.73";
    private static final String EDUCATION = "pemda-32.73/DISDIK";
    private static final String HEALTH = "pemda-32.73/DINKES";
    private static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);
    private static final LocalDate MARCH_31 = LocalDate.of(2025, 3, 31);

    @Autowired
    ComplaintRecords records;

    @Autowired
    Rollup rollup;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AgencyHierarchy agencies;

    @Autowired
    StatisticsFigures figures;

    @BeforeAll
    void fileTheFixture() {
        assertThat(agencies.tree().contains(HEALTH)).isTrue();
        // A fixture applied before (the same database) leaves the record and the roll-up together.
        rollup.subtract(jdbc.sql("select tracking_number from stat_complaint where tracking_number like 'FIG%'")
                .query(String.class).list());
        jdbc.sql("delete from stat_complaint where tracking_number like 'FIG%'").update();
        jdbc.sql("delete from stat_applied_event where event_key like 'FIG%'").update();
        // C01–C06: verified on day 1 (followed up then), responded on day 3.
        for (int n = 1; n <= 6; n++) {
            String number = number(n);
            filed(number, CITY, EDUCATION, false, march(n));
            acted(number, CaseAction.VERIFY, EDUCATION, ComplaintStatus.IN_PROGRESS, march(n), 1, null);
            acted(number, CaseAction.RESPOND, EDUCATION, ComplaintStatus.RESPONDED, march(n), 3, null);
        }
        // C01–C04 accepted on day 4; C01 and C02 rated 5 and 4. C05 reopened; C06 waits for its reporter.
        for (int n = 1; n <= 4; n++) {
            reporter(number(n), ReporterAction.ACCEPT, ComplaintStatus.COMPLETED, march(n), 4, null, 0);
        }
        reporter(number(1), ReporterAction.RATE, ComplaintStatus.COMPLETED, march(1), 5, 5, 0);
        reporter(number(2), ReporterAction.RATE, ComplaintStatus.COMPLETED, march(2), 5, 4, 0);
        reporter(number(5), ReporterAction.REOPEN, ComplaintStatus.IN_PROGRESS, march(5), 5, null, 1);
        // C07, C08: verified late, on day 7.
        for (int n = 7; n <= 8; n++) {
            filed(number(n), CITY, EDUCATION, false, march(n));
            acted(number(n), CaseAction.VERIFY, EDUCATION, ComplaintStatus.IN_PROGRESS, march(n), 7, null);
        }
        // C09 archived as a duplicate on day 2; C10 not touched yet.
        filed(number(9), CITY, EDUCATION, false, march(9));
        acted(number(9), CaseAction.ARCHIVE, EDUCATION, ComplaintStatus.ARCHIVED, march(9), 2, "DUPLICATE");
        filed(number(10), CITY, EDUCATION, false, march(10));
        // C10's verification limit passed: escalated to the city itself (level 1). C06's reporter went to the Ombudsman.
        apply(new DeadlineReached(number(10), DeadlineReached.Kind.ESCALATION, EDUCATION, CITY, 1,
                LocalDate.of(2025, 3, 13), march(14), new ComplaintFacts(number(10), ReportType.PENGADUAN,
                "PENDIDIKAN-DASAR", "32", "32.73", CITY, IntakeChannel.WEB, CITY, ComplaintStatus.SUBMITTED, false,
                false, null, march(10), 4, 1, 0, null, null), 0));
        reporter(number(6), ReporterAction.REFER_OMBUDSMAN, ComplaintStatus.RESPONDED, march(6), 6, null, 0);
        // C11: an officer said "bukan wewenang" and sent it to the health office; C12 came in by the national door.
        filed(number(11), CITY, EDUCATION, false, march(11));
        acted(number(11), CaseAction.FORWARD, HEALTH, ComplaintStatus.SUBMITTED, march(11), 1, null);
        filed(number(12), "kemenpanrb", HEALTH, false, march(12));
        // Outside the figures below unless said: held by the province (filed at the city's door), confidential,
        // filed in April.
        filed(number(13), CITY, "pemda-32/DISDIK", false, march(13));
        filed(number(14), CITY, EDUCATION, true, march(14));
        filed(number(15), CITY, EDUCATION, false, Instant.parse("2025-04-02T03:00:00Z"));
    }

    private Map<String, Figure> headline(Scope scope) {
        return figures.headline(scope).stream().collect(Collectors.toMap(Figure::key, Function.identity()));
    }

    private static Scope publicCity() {
        return new Scope(CITY, true, MARCH_1, MARCH_31, true);
    }

    @Test
    void shouldCountAndShareWhatTheCitysSubtreeReceived() {
        Map<String, Figure> city = headline(publicCity());
        assertThat(city.get("received").count()).isEqualTo(12);                         // C01–C12
        assertThat(city.get("followUpRate").percent()).isEqualByComparingTo("66.7");      // C01–C08: 8 of 12
        assertThat(city.get("followUpWithinFiveDays").percent()).isEqualByComparingTo("50.0"); // C01–C06: 6 of 12
        assertThat(city.get("completionRate").percent()).isEqualByComparingTo("33.3");    // C01–C04: 4 of 12
        assertThat(city.get("archivedRate").percent()).isEqualByComparingTo("8.3");       // C09: 1 of 12
        assertThat(city.get("wrongDoorRate").percent()).isEqualByComparingTo("16.7");     // C11, C12: 2 of 12
        assertThat(city.get("ratings").count()).isEqualTo(2);                            // C01, C02
        assertThat(city.get("escalationRate").percent()).isEqualByComparingTo("8.3");     // C10: 1 of 12
        assertThat(city.get("ombudsmanReferrals").count()).isEqualTo(1);                 // C06
        assertThat(city.get("meanRating").tooFew()).as("two ratings").isTrue();
        assertThat(new StatisticsFigures(rollup, 2).headline(publicCity()).stream()
                .filter(f -> f.key().equals("meanRating")).findFirst().orElseThrow().mean())
                .isEqualByComparingTo("4.50");                                           // (5 + 4) / 2
        // Responded: C01–C06, six — under the minimum of ten, so these are "too few to judge", not a percentage.
        assertThat(city.get("reopenRate")).satisfies(figure -> {
            assertThat(figure.count()).isEqualTo(1);
            assertThat(figure.base()).isEqualTo(6);
            assertThat(figure.tooFew()).isTrue();
            assertThat(figure.percent()).isNull();
        });
        assertThat(city.get("acceptanceRate").tooFew()).isTrue();
    }

    @Test
    void shouldTellAnAgencyAloneFromItsSubtreeAndThePublicFromStaff() {
        // The education office alone: C01–C09 (C10 was escalated to the city, C11 and C12 are at the health office).
        assertThat(headline(new Scope(EDUCATION, false, MARCH_1, MARCH_31, true)).get("received").count())
                .isEqualTo(9);
        // The province with its subtree, for the public: C01–C13; for staff also the confidential C14.
        assertThat(headline(new Scope("pemda-32", true, MARCH_1, MARCH_31, true)).get("received").count())
                .isEqualTo(13);
        assertThat(headline(new Scope("pemda-32", true, MARCH_1, MARCH_31, false)).get("received").count())
                .isEqualTo(14);
        // April alone: C15.
        assertThat(headline(new Scope(CITY, true, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30), true))
                .get("received").count()).isEqualTo(1);
        assertThat(headline(new Scope("no-such-agency", true, MARCH_1, MARCH_31, true)).get("received").count())
                .isZero();
        assertThatThrownBy(() -> new Scope(CITY, true, MARCH_31, MARCH_1, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldGiveTheMedianAndNinetiethPercentileOfRealComplaints() {
        StatisticsFigures fromFive = new StatisticsFigures(rollup, 5);
        Map<String, int[]> days = fromFive.durations(publicCity());
        // Verification and first follow-up: C01–C06 on day 1, C07–C08 on day 7 → [1,1,1,1,1,1,7,7]: the 4th of 8 is the
        // median (1), the 8th the 90th percentile (7/8 = 87.5 % is below 90 %).
        assertThat(days.get("daysToVerification")).containsExactly(1, 7);
        assertThat(days.get("daysToFirstFollowUp")).containsExactly(1, 7);
        assertThat(days.get("daysToResponse")).containsExactly(3, 3);                   // C01–C06, all day 3
        assertThat(days.get("daysToCompletion")).as("C01–C04: four, under five").isNull();
        // Accepted on day 4; the ratings of C01 and C02 on day 5 are not completions.
        assertThat(new StatisticsFigures(rollup, 4).durations(publicCity()).get("daysToCompletion"))
                .containsExactly(4, 4);
        assertThat(figures.durations(publicCity()).get("daysToVerification")).as("eight, under ten").isNull();
    }

    @Test
    void shouldJudgeEachTimeLimitOnTheComplaintsThatReachedItsStep() {
        Map<String, Figure> city = new StatisticsFigures(rollup, 5).headline(publicCity()).stream()
                .collect(Collectors.toMap(Figure::key, Function.identity()));
        // Verified: C01–C06 on day 1, C07–C08 on day 7 — 6 of 8 within 3 working days; C11 was only forwarded.
        assertThat(city.get("verificationWithinLimit")).satisfies(figure -> {
            assertThat(figure.count()).isEqualTo(6);
            assertThat(figure.base()).isEqualTo(8);
            assertThat(figure.percent()).isEqualByComparingTo("75.0");
        });
        // Followed up: the same eight, 6 within 5 working days (over received it is 6 of 12, see above).
        assertThat(city.get("followUpWithinLimit").percent()).isEqualByComparingTo("75.0");
        // Responded: C01–C06 on day 3, all within a complaint's 14 working days.
        assertThat(city.get("responseWithinLimit")).satisfies(figure -> {
            assertThat(figure.count()).isEqualTo(6);
            assertThat(figure.base()).isEqualTo(6);
        });
        assertThat(headline(publicCity()).get("verificationWithinLimit").tooFew()).as("eight, under ten").isTrue();
    }

    @Test
    void shouldBreakTheCountDownByADimension() {
        assertThat(figures.breakdown(publicCity(), StatisticsFigures.Dimension.ARCHIVE_REASON))
                .containsEntry("DUPLICATE", 1L).containsEntry(StatisticsFigures.NONE, 11L);
        assertThat(figures.breakdown(publicCity(), StatisticsFigures.Dimension.DOOR))
                .as("filed at the holder's own door, and one at the national door")
                .containsExactly(Map.entry("OWN", 11L), Map.entry("NATIONAL", 1L));
        assertThat(figures.breakdown(new Scope("pemda-32", true, MARCH_1, MARCH_31, true),
                StatisticsFigures.Dimension.DOOR)).as("C13 came in by the city's door and is held by the province")
                .containsExactly(Map.entry("OWN", 11L), Map.entry("NATIONAL", 1L), Map.entry("OTHER", 1L));
        assertThat(figures.breakdown(publicCity(), StatisticsFigures.Dimension.RATING))
                .containsEntry("5", 1L).containsEntry("4", 1L).containsEntry(StatisticsFigures.NONE, 10L);
        assertThat(figures.breakdown(new Scope("pemda-32", true, MARCH_1, MARCH_31, true),
                StatisticsFigures.Dimension.REGENCY)).as("the twelve public ones of the city and C13, all about Bandung")
                .containsExactly(Map.entry("32.73", 13L));
    }

    private static String number(int n) {
        return String.format("FIG%09d", n);
    }

    private static Instant march(int day) {
        return Instant.parse(String.format("2025-03-%02dT02:00:00Z", day));
    }

    private void filed(String number, String door, String holder, boolean confidential, Instant at) {
        apply(new ComplaintSubmitted(number, ReportType.PENGADUAN, "PENDIDIKAN-DASAR", "32", "32.73", door,
                null, IntakeChannel.WEB, confidential, at));
        apply(new ComplaintRouted(number, door, holder, 1, at.plusSeconds(1), null));
    }

    private void acted(String number, CaseAction action, String holder, ComplaintStatus status, Instant filedAt,
                       int workingDays, String archiveReason) {
        apply(new ComplaintActedOn(action, facts(number, holder, status, filedAt, workingDays, archiveReason, 0),
                EDUCATION, ComplaintStatus.SUBMITTED, Staff.Scope.AGENCY, filedAt.plusSeconds(86_400L * workingDays)));
    }

    private void reporter(String number, ReporterAction action, ComplaintStatus status, Instant filedAt,
                          int workingDays, Integer stars, int reopens) {
        apply(new ReporterActedOn(action, facts(number, EDUCATION, status, filedAt, workingDays, null, reopens),
                // A rating comes after the acceptance here: the state before it is the one it leaves.
                EDUCATION, action == ReporterAction.RATE ? status : ComplaintStatus.RESPONDED, stars,
                filedAt.plusSeconds(86_400L * workingDays + (stars == null ? 0 : 60))));
    }

    private static ComplaintFacts facts(String number, String holder, ComplaintStatus status, Instant filedAt,
                                        int workingDays, String archiveReason, int reopens) {
        return new ComplaintFacts(number, ReportType.PENGADUAN, "PENDIDIKAN-DASAR", "32", "32.73",
                number.equals(number(12)) ? "kemenpanrb" : CITY, IntakeChannel.WEB, holder, status, false, false,
                archiveReason, filedAt, workingDays, 0, reopens, null, null);
    }

    /** Applies a fixture event as the live batch does: to the record and the roll-up together. */
    private void apply(Object event) {
        records.applyAll(List.of(event));
    }
}
