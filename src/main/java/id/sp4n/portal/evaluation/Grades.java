package id.sp4n.portal.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import id.sp4n.portal.statistics.BodyFigures.Counts;
import org.springframework.stereotype.Service;

/**
 * Kemendagri's grades of regional governments, from a kept ranking and the thresholds of the method version it used
 * (so a past grade stays as it was): Sangat Baik, Baik, Sedang or Kurang by the score as shown; a government below the
 * minimum volume is not graded. With each grade, what every indicator gave, and what would raise it: for each
 * indicator alone, the share that would bring the score to the next grade's threshold.
 */
@Service
public class Grades {

    private final Rankings rankings;

    Grades(Rankings rankings) {
        this.rankings = rankings;
    }

    /** One government graded; {@code grade} null when not graded (below the minimum volume). */
    public record Graded(Rankings.Row row, RankingMethod.Grade grade) {
    }

    /** What one indicator gave: its share in percent (null: too few), weight and points towards the score. */
    public record Reason(Indicator indicator, BigDecimal percent, int weight, BigDecimal points) {
    }

    /** An indicator that alone would reach the next grade if its share rose from {@code from} to {@code to} percent. */
    public record Raise(Indicator indicator, BigDecimal from, BigDecimal to) {
    }

    /** A government's grade with its reasons and, below the top, the next grade and the ways to reach it. */
    public record Explained(Graded graded, List<Reason> reasons, RankingMethod.Grade next, Integer nextFrom,
                            List<Raise> raises) {
    }

    /** Every regional government of the ranking, graded, in the ranking's order. */
    public List<Graded> all(Rankings.Ranking ranking) {
        List<Graded> graded = new ArrayList<>();
        for (BodyClass bodyClass : BodyClass.values()) {
            if (bodyClass.isRegionalGovernment()) {
                rankings.ofClass(ranking, bodyClass, 0, Integer.MAX_VALUE)
                        .forEach(row -> graded.add(grade(ranking, row)));
            }
        }
        return graded;
    }

    static Graded grade(Rankings.Ranking ranking, Rankings.Row row) {
        return new Graded(row, row.score() == null ? null : ranking.method().grade(row.score().doubleValue()));
    }

    /** The grade of one regional government, explained; empty when the ranking does not list it as one. */
    public Optional<Explained> explain(Rankings.Ranking ranking, String agencyCode) {
        return rankings.rowOf(ranking, agencyCode).filter(row -> row.bodyClass().isRegionalGovernment())
                .map(row -> explain(ranking.method(), grade(ranking, row)));
    }

    static Explained explain(RankingMethod method, Graded graded) {
        Evidence counts = graded.row().evidence();
        long judged = Scoring.judgedWeights(counts, method);
        List<Reason> reasons = new ArrayList<>();
        for (var weight : method.weights().entrySet()) {
            if (weight.getValue() == 0) {
                continue; // not part of this version of the method: nothing to explain
            }
            Optional<long[]> share = weight.getKey().of(counts);
            BigDecimal points = share.isEmpty() || weight.getValue() == 0 || judged == 0 ? null
                    : BigDecimal.valueOf(100L * weight.getValue() * share.get()[0])
                            .divide(BigDecimal.valueOf(judged * share.get()[1]), 2, RoundingMode.HALF_UP);
            reasons.add(new Reason(weight.getKey(), weight.getKey().percent(counts), weight.getValue(), points));
        }
        if (graded.grade() == null || method.nextGradeFrom(graded.grade()).isEmpty()) {
            return new Explained(graded, reasons, null, null, List.of());
        }
        RankingMethod.Grade next = RankingMethod.Grade.values()[graded.grade().ordinal() - 1];
        int threshold = method.nextGradeFrom(graded.grade()).getAsInt();
        BigDecimal missing = BigDecimal.valueOf(threshold).subtract(Scoring.exactScore(counts, method).orElseThrow());
        List<Raise> raises = new ArrayList<>();
        for (var weight : method.weights().entrySet()) {
            Optional<long[]> share = weight.getKey().of(counts);
            if (share.isEmpty() || weight.getValue() == 0) {
                continue;
            }
            // score rises by 100 × weight ÷ judged weights for every whole share: the share needed, in percent.
            BigDecimal now = BigDecimal.valueOf(share.get()[0] * 100L)
                    .divide(BigDecimal.valueOf(share.get()[1]), MathContext.DECIMAL128);
            BigDecimal needed = now.add(missing.multiply(BigDecimal.valueOf(judged))
                    .divide(BigDecimal.valueOf(weight.getValue()), MathContext.DECIMAL128));
            // Ten decimals first: 34-digit division leaves noise (93.000…01) that must not round up to 93.1.
            BigDecimal shown = needed.setScale(10, RoundingMode.HALF_UP).setScale(1, RoundingMode.CEILING);
            if (shown.compareTo(BigDecimal.valueOf(100)) <= 0) {
                raises.add(new Raise(weight.getKey(), weight.getKey().percent(counts), shown));
            }
        }
        return new Explained(graded, reasons, next, threshold, raises);
    }
}
