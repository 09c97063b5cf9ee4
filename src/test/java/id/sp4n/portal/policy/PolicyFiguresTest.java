package id.sp4n.portal.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.audit.AuditLog;
import id.sp4n.portal.complaint.ComplaintSubmitted;
import id.sp4n.portal.complaint.IntakeChannel;
import id.sp4n.portal.complaint.ReportType;
import id.sp4n.portal.policy.PolicyEffects.Verdict;
import id.sp4n.portal.statistics.ReceivedCounts;
import id.sp4n.portal.statistics.Scope;
import id.sp4n.portal.statistics.StatisticsHistory;
import id.sp4n.portal.support.MutableClock;
import id.sp4n.portal.support.PortalTest;
import id.sp4n.portal.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The register's figures against fixtures worked out by hand (docs/0044), filed as statistics events in 2017 and 2018,
 * years no other test files in.
 *
 * <p>Effect: an action on primary education in Kota Bandung (32.73) done on 1 July 2017, seen on 1 December 2017:
 * W = 90, before = [2 April, 1 July), after = [1 July, 29 September). Before: 39 on 10 May and one at 23:30 WIB on
 * 30 June = 40 (not: one at 23:59 WIB on 1 April, three confidential, five in Kota Bogor). After: one at 00:10 WIB on
 * 1 July and 23 on 10 August = 24 (not: one at 00:00 WIB on 29 September). Change (24 − 40) × 100 ÷ 40 = −40.0%.
 *
 * <p>Recurring, seen on Wednesday 6 June 2018: weeks from Monday 12 February; recent = 7 May – 3 June. Kota Bandung
 * 30 then 17: λ = 10, bar 16.32 → recurring, unusualness (17 − 10) ÷ √10 = 2.21. Kota Bogor 30 then 16: not. Kota
 * Sukabumi 0 then 9: fewer than 10, not. Kota Cirebon 0 then 10: λ = 0, recurring, unusualness 10 — first. Kota Bekasi
 * 12 confidential: never counted. Kota Depok 15 in the week not yet finished: not looked at.
 */
@PortalTest
@Import(TestClock.class)
class PolicyFiguresTest {

    private static final String CATEGORY = "PENDIDIKAN-DASAR";

    @Autowired
    StatisticsHistory history;

    @Autowired
    ReceivedCounts counts;

    @Autowired
    PolicyRegister register;

    @Autowired
    PolicyEffects effects;

    @Autowired
    RecurringProblems recurring;

    @Autowired
    MutableClock clock;

    @Autowired
    AgencyHierarchy agencies;

    private int filed;

    @BeforeEach
    void fileTheFixturesOnce() {
        if (counts.received(CATEGORY, null, LocalDate.of(2017, 1, 1), LocalDate.of(2019, 1, 1)) > 0) {
            return;
        }
        List<Object> events = new ArrayList<>();
        file(events, 39, "32.73", "2017-05-10T10:00", false);
        file(events, 1, "32.73", "2017-06-30T23:30", false);
        file(events, 1, "32.73", "2017-04-01T23:59", false);
        file(events, 3, "32.73", "2017-05-10T10:00", true);
        file(events, 5, "32.71", "2017-05-10T10:00", false);
        file(events, 1, "32.73", "2017-07-01T00:10", false);
        file(events, 23, "32.73", "2017-08-10T10:00", false);
        file(events, 1, "32.73", "2017-09-29T00:00", false);

        file(events, 30, "32.73", "2018-03-01T10:00", false);
        file(events, 17, "32.73", "2018-05-20T10:00", false);
        file(events, 30, "32.71", "2018-02-12T00:00", false);
        file(events, 16, "32.71", "2018-06-03T23:59", false);
        file(events, 9, "32.72", "2018-05-07T00:00", false);
        file(events, 10, "32.74", "2018-05-15T10:00", false);
        file(events, 12, "32.75", "2018-05-15T10:00", true);
        file(events, 15, "32.76", "2018-06-04T08:00", false);
        history.record(events);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                counts.received(CATEGORY, null, LocalDate.of(2017, 1, 1), LocalDate.of(2019, 1, 1)) == 198);
    }

    private void file(List<Object> events, int n, String regency, String wibTime, boolean confidential) {
        Instant at = LocalDateTime.parse(wibTime).atZone(Scope.PERIOD_ZONE).toInstant();
        for (int i = 0; i < n; i++) {
            String number = String.format("POL%09d", ++filed);
            events.add(new ComplaintSubmitted(number, ReportType.PENGADUAN, CATEGORY, "32", regency, "pemda-" + regency,
                    null, IntakeChannel.WEB, confidential, at));
        }
    }

    @Test
    void shouldMeasureTheEffectOverNinetyDaysEitherSideOfTheDayDone() {
        clock.set(LocalDate.of(2017, 12, 1).atTime(9, 0).atZone(Scope.PERIOD_ZONE).toInstant());
        FollowUp bandung = done("32.73", "2017-07-01");

        PolicyEffects.Effect effect = effects.of(bandung);

        assertThat(effect.verdict()).isEqualTo(Verdict.MEASURED);
        assertThat(effect.windowDays()).isEqualTo(90);
        assertThat(effect.beforeFrom()).isEqualTo(LocalDate.of(2017, 4, 2));
        assertThat(effect.afterUntil()).isEqualTo(LocalDate.of(2017, 9, 29));
        assertThat(effect.before()).isEqualTo(40);
        assertThat(effect.after()).isEqualTo(24);
        assertThat(effect.changePercent()).isEqualByComparingTo(new BigDecimal("-40.0"));
    }

    @Test
    void shouldSayTooFewOrTooEarlyOrNotDoneInsteadOfAPercentage() {
        clock.set(LocalDate.of(2017, 12, 1).atTime(9, 0).atZone(Scope.PERIOD_ZONE).toInstant());
        PolicyEffects.Effect bogor = effects.of(done("32.71", "2017-07-01"));
        assertThat(bogor.verdict()).isEqualTo(Verdict.TOO_FEW);
        assertThat(bogor.before()).isEqualTo(5);
        assertThat(bogor.changePercent()).isNull();

        clock.set(LocalDate.of(2017, 7, 14).atTime(9, 0).atZone(Scope.PERIOD_ZONE).toInstant());
        PolicyEffects.Effect early = effects.of(done("32.73", "2017-07-01"));
        assertThat(early.verdict()).isEqualTo(Verdict.TOO_EARLY);
        assertThat(early.windowDays()).isEqualTo(13);

        clock.set(LocalDate.of(2017, 7, 15).atTime(9, 0).atZone(Scope.PERIOD_ZONE).toInstant());
        PolicyEffects.Effect fourteen = effects.of(done("32.73", "2017-07-01"));
        assertThat(fourteen.verdict()).isEqualTo(Verdict.TOO_FEW);
        assertThat(fourteen.windowDays()).isEqualTo(14);
        assertThat(fourteen.before()).as("only the one on 30 June is in the 14 days before").isEqualTo(1);
        assertThat(fourteen.after()).isEqualTo(1);

        FollowUp planned = register.open(national(), form("32.73", "PLANNED", ""), List.of());
        assertThat(effects.of(planned).verdict()).isEqualTo(Verdict.NOT_DONE);
    }

    @Test
    void shouldFindWhatRoseAboveItsUsualLevelInTheLastFourWholeWeeks() {
        clock.set(LocalDate.of(2018, 6, 6).atTime(10, 0).atZone(Scope.PERIOD_ZONE).toInstant());
        recurring.forget();

        RecurringProblems.Survey survey = recurring.now();

        assertThat(survey.firstDay()).isEqualTo(LocalDate.of(2018, 2, 12));
        assertThat(survey.recentFrom()).isEqualTo(LocalDate.of(2018, 5, 7));
        assertThat(survey.until()).isEqualTo(LocalDate.of(2018, 6, 4));
        assertThat(survey.problems()).extracting(RecurringProblems.Problem::placeCode, RecurringProblems.Problem::recent,
                        RecurringProblems.Problem::baseline)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("32.74", 10L, 0L),
                        org.assertj.core.groups.Tuple.tuple("32.73", 17L, 30L));
        RecurringProblems.Problem bandung = survey.find(CATEGORY, "32.73").orElseThrow();
        assertThat(bandung.expected()).isEqualByComparingTo("10.0");
        assertThat(bandung.weekly()).hasSize(16);
        assertThat(bandung.weekly().get(2)).as("1 March is in the week from 26 February").isEqualTo(30L);
        assertThat(bandung.weekly().get(13)).as("Sunday 20 May is in the week from 14 May").isEqualTo(17L);

        RecurringProblems.Problem bogor = recurring.of(CATEGORY, "32.71");
        assertThat(bogor.recent()).isEqualTo(16);
        assertThat(bogor.baseline()).isEqualTo(30);
        assertThat(recurring.of(CATEGORY, "32.75").recent()).as("confidential ones never count").isZero();
        assertThat(recurring.of(CATEGORY, "32.76").recent()).as("this week is not finished").isZero();
    }

    @Test
    void shouldDrawTheLineAtTwoStandardDeviationsAndTenComplaints() {
        assertThat(id.sp4n.portal.statistics.UsualLevel.exceeded(17, 30)).isTrue();
        assertThat(id.sp4n.portal.statistics.UsualLevel.exceeded(16, 30)).isFalse();
        assertThat(id.sp4n.portal.statistics.UsualLevel.exceeded(10, 0)).isTrue();
        assertThat(id.sp4n.portal.statistics.UsualLevel.exceeded(9, 0)).isFalse();
    }

    private FollowUp done(String region, String doneOn) {
        FollowUp opened = register.open(national(), form(region, "IN_PROGRESS", ""), List.of());
        return new FollowUp(opened.id(), opened.agencyCode(), opened.title(), opened.categoryCode(),
                opened.regionCode(), opened.rootCause(), opened.actionKind(), opened.action(), opened.owner(),
                FollowUpStatus.DONE, opened.plannedOn(), LocalDate.parse(doneOn), opened.openedAt(),
                opened.updatedAt(), opened.version(), 0);
    }

    static FollowUpForm form(String region, String status, String doneOn) {
        return new FollowUpForm("pemda-" + region, "Ruang kelas rusak", CATEGORY, region,
                "Anggaran pemeliharaan sekolah tidak mencukupi", "BUDGET", "Anggaran pemeliharaan dinaikkan",
                "Dinas Pendidikan", status, "2017-06-01", doneOn);
    }

    private PolicyRegister.Editor national() {
        return new PolicyRegister.Editor(new AuditLog.Actor(null, "Uji"), agencies.tree().root().code());
    }
}
