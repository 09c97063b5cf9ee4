package id.sp4n.portal.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import id.sp4n.portal.shared.InvalidRequestException;
import id.sp4n.portal.statistics.BodyFigures.Counts;
import org.junit.jupiter.api.Test;

/** The method's arithmetic on hand-made counts: rounding, left-out indicators, peer groups of a quarter, periods. */
class ScoringTest {

    private static RankingMethod method(int followUp, int response, int confirmed, int satisfaction, int reopened,
                                        int appealed) {
        Map<Indicator, Integer> weights = new EnumMap<>(Indicator.class);
        weights.put(Indicator.FOLLOW_UP_IN_TIME, followUp);
        weights.put(Indicator.RESPONSE_IN_TIME, response);
        weights.put(Indicator.CONFIRMED_BY_REPORTER, confirmed);
        weights.put(Indicator.SATISFACTION, satisfaction);
        weights.put(Indicator.NOT_REOPENED, reopened);
        weights.put(Indicator.NOT_APPEALED, appealed);
        return new RankingMethod(1, weights, 30, 1000, 100, 85, 70, 50, "", null);
    }

    @Test
    void shouldRoundHalfUpToTwoDecimalsAndLeaveOutWhatIsTooFewToJudge() {
        RankingMethod halves = method(50, 50, 0, 0, 0, 0);
        // 50 × 1/3 + 50 × 2/3 … exactly 50; 50 × 1/8 + 50 × 0 = 6.25; 50 × 1/3 + 50 × 1/3 = 33.333… → 33.33.
        assertThat(Scoring.score(Evidence.of(new Counts(30, 10, 0, 20, 0, 0, 0, 0, 0, 0)), halves)).hasValueSatisfying(
                score -> assertThat(score).isEqualByComparingTo("50.00"));
        assertThat(Scoring.score(Evidence.of(new Counts(40, 5, 0, 0, 0, 0, 0, 0, 0, 0)), halves)).hasValueSatisfying(
                score -> assertThat(score).isEqualByComparingTo("6.25"));
        assertThat(Scoring.score(Evidence.of(new Counts(30, 10, 0, 10, 0, 0, 0, 0, 0, 0)), halves)).hasValueSatisfying(
                score -> assertThat(score).isEqualByComparingTo("33.33"));
        // 1/16 × 100 = 6.25; with 7 of 16 (43.75) half up stays exact; 1/24 × 100 = 4.1666… → 4.17.
        RankingMethod followUpOnly = method(100, 0, 0, 0, 0, 0);
        assertThat(Scoring.score(Evidence.of(new Counts(48, 2, 0, 0, 0, 0, 0, 0, 0, 0)), followUpOnly)).hasValueSatisfying(
                score -> assertThat(score).isEqualByComparingTo("4.17"));
        // Nine ratings are too few: satisfaction is left out and follow-up alone (20 of 40) counts in full.
        RankingMethod withSatisfaction = method(50, 0, 0, 50, 0, 0);
        assertThat(Scoring.score(Evidence.of(new Counts(40, 20, 0, 0, 0, 0, 0, 0, 9, 45)), withSatisfaction)).hasValueSatisfying(
                score -> assertThat(score).isEqualByComparingTo("50.00"));
        // Ten ratings of 5 stars: (50 × 0.5 + 50 × 1) = 75.
        assertThat(Scoring.score(Evidence.of(new Counts(40, 20, 0, 0, 0, 0, 0, 0, 10, 50)), withSatisfaction)).hasValueSatisfying(
                score -> assertThat(score).isEqualByComparingTo("75.00"));
        // Below the minimum volume: no score at all.
        assertThat(Scoring.score(Evidence.of(new Counts(29, 29, 0, 0, 0, 0, 0, 0, 0, 0)), followUpOnly)).isEmpty();
    }

    @Test
    void shouldPutBodiesInPeerGroupsByVolumeScaledToTheMonthsAndRankWithinThem() {
        RankingMethod method = method(100, 0, 0, 0, 0, 0);
        // A quarter: large from 250 (1000 × 3/12), medium from 25 (100 × 3/12).
        assertThat(method.peerGroup(250, 3)).isEqualTo(RankingMethod.PeerGroup.LARGE);
        assertThat(method.peerGroup(249, 3)).isEqualTo(RankingMethod.PeerGroup.MEDIUM);
        assertThat(method.peerGroup(25, 3)).isEqualTo(RankingMethod.PeerGroup.MEDIUM);
        assertThat(method.peerGroup(24, 3)).isEqualTo(RankingMethod.PeerGroup.SMALL);
        // 1000 × 1/12 = 83.33… → from 84.
        assertThat(method.groupFrom(RankingMethod.PeerGroup.LARGE, 1)).isEqualTo(84);

        List<Scoring.Scored> ranked = Scoring.rank(List.of(
                        new Scoring.Body("b", "Kota B", BodyClass.CITY), new Scoring.Body("a", "Kota A", BodyClass.CITY),
                        new Scoring.Body("c", "Kota C", BodyClass.CITY), new Scoring.Body("big", "Kota Besar", BodyClass.CITY),
                        new Scoring.Body("k", "Kabupaten K", BodyClass.REGENCY)),
                Map.of("a", Evidence.of(new Counts(40, 20, 0, 0, 0, 0, 0, 0, 0, 0)), "b", Evidence.of(new Counts(40, 20, 0, 0, 0, 0, 0, 0, 0, 0)),
                        "c", Evidence.of(new Counts(40, 10, 0, 0, 0, 0, 0, 0, 0, 0)), "big", Evidence.of(new Counts(300, 30, 0, 0, 0, 0, 0, 0, 0, 0)),
                        "k", Evidence.of(new Counts(40, 40, 0, 0, 0, 0, 0, 0, 0, 0))),
                method, 3);
        // By class (regencies before cities), then group: the regency alone, the large city (10.00) alone, then the
        // cities of the medium group: A and B tie at 50.00 (by name), C is third (25.00).
        assertThat(ranked).extracting(scored -> scored.body().code() + ":" + scored.peerGroup() + ":" + scored.rank())
                .containsExactly("k:MEDIUM:1", "big:LARGE:1", "a:MEDIUM:1", "b:MEDIUM:1", "c:MEDIUM:3");
    }

    @Test
    void shouldReadYearsAndQuartersAndRefuseAnythingElse() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        assertThat(RankingPeriod.parse(null, today)).isEqualTo(RankingPeriod.year(2026));
        RankingPeriod third = RankingPeriod.parse(" 2026-q3 ", today);
        assertThat(third.firstDay()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(third.lastDay()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(third.endedBy(today)).isTrue();
        assertThat(RankingPeriod.year(2026).endedBy(today)).isFalse();
        assertThat(third.toString()).isEqualTo("2026-Q3");
        // A period that has not begun has nothing to rank (and would be kept and computed again every 10 minutes).
        assertThatThrownBy(() -> RankingPeriod.parse("2027", today)).isInstanceOf(InvalidRequestException.class);
        assertThat(RankingPeriod.parse("2026-Q4", today).quarter()).isEqualTo(4);
        for (String bad : List.of("2026-Q0", "2026-Q5", "26", "1999", "2026Q1", "tahun ini")) {
            assertThatThrownBy(() -> RankingPeriod.parse(bad, today)).isInstanceOf(InvalidRequestException.class);
        }
    }

    /**
     * Policy use: min(done, 2) of 2; leadership: points of two a month with a summary, none of two without a head —
     * both judged once the body has the minimum received, whatever its count of complaints.
     */
    @Test
    void shouldJudgePolicyUseAndLeadershipOnWhatTheBodyDidNotOnHowManyComplained() {
        Counts forty = new Counts(40, 20, 0, 0, 0, 0, 0, 0, 0, 0);
        Counts fourThousand = new Counts(4000, 2000, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(Indicator.POLICY_USE.percent(new Evidence(forty, 1, 0, 0))).isEqualByComparingTo("50.0");
        assertThat(Indicator.POLICY_USE.percent(new Evidence(fourThousand, 1, 0, 0))).isEqualByComparingTo("50.0");
        assertThat(Indicator.POLICY_USE.percent(new Evidence(forty, 7, 0, 0))).isEqualByComparingTo("100.0");
        assertThat(Indicator.LEADERSHIP.percent(new Evidence(forty, 0, 3, 2))).isEqualByComparingTo("75.0");
        assertThat(Indicator.LEADERSHIP.percent(new Evidence(forty, 0, 0, 0))).isEqualByComparingTo("0.0");
        assertThat(Indicator.LEADERSHIP.percent(new Evidence(new Counts(9, 0, 0, 0, 0, 0, 0, 0, 0, 0), 0, 2, 1)))
                .as("too few received").isNull();
    }
}
