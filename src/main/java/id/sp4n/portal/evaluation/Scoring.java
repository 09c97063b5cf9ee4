package id.sp4n.portal.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;


/**
 * The method applied to counts (the method page says the same in words). A body that received fewer than the
 * minimum is not ranked. Its score is the weighted mean of the indicators it has enough complaints for, times 100,
 * rounded half up to two decimals; an indicator too few to judge is left out and the weights of the rest count in
 * full. Bodies are ranked within their class and peer group by that rounded score: equal scores share a rank, the
 * next rank counts the bodies above it (1, 2, 2, 4), and equal ranks are listed by name.
 */
final class Scoring {

    private static final Evidence NONE = Evidence.of(id.sp4n.portal.statistics.BodyFigures.Counts.NONE);

    private Scoring() {
    }

    /** A body to score: its code, name and class. */
    record Body(String code, String name, BodyClass bodyClass) {
    }

    /** A body scored: {@code score} and {@code rank} are null when it is not ranked. */
    record Scored(Body body, RankingMethod.PeerGroup peerGroup, Evidence evidence, BigDecimal score, Integer rank) {

        boolean ranked() {
            return rank != null;
        }
    }

    /** The score of counts under a method, rounded as shown and ranked; empty below the minimum volume. */
    static Optional<BigDecimal> score(Evidence evidence, RankingMethod method) {
        return exactScore(evidence, method).map(score -> score.setScale(2, RoundingMode.HALF_UP));
    }

    /** The score before rounding (what would raise a grade is worked out from it); empty below the minimum volume. */
    static Optional<BigDecimal> exactScore(Evidence evidence, RankingMethod method) {
        if (evidence.counts().received() < method.minimumVolume()) {
            return Optional.empty();
        }
        BigDecimal weighted = BigDecimal.ZERO;
        long weights = judgedWeights(evidence, method);
        for (Map.Entry<Indicator, Integer> weight : method.weights().entrySet()) {
            Optional<long[]> share = weight.getKey().of(evidence);
            if (weight.getValue() > 0 && share.isPresent()) {
                weighted = weighted.add(BigDecimal.valueOf(weight.getValue())
                        .multiply(BigDecimal.valueOf(share.get()[0]))
                        .divide(BigDecimal.valueOf(share.get()[1]), MathContext.DECIMAL128));
            }
        }
        if (weights == 0) {
            return Optional.empty();
        }
        return Optional.of(weighted.multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(weights), MathContext.DECIMAL128));
    }

    /** The sum of the weights of the indicators these counts are enough to judge. */
    static long judgedWeights(Evidence evidence, RankingMethod method) {
        return method.weights().entrySet().stream()
                .filter(weight -> weight.getValue() > 0 && weight.getKey().of(evidence).isPresent())
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** Every body scored and ranked, by class, peer group, rank (the not ranked last) and name. */
    static List<Scored> rank(List<Body> bodies, Map<String, Evidence> evidence, RankingMethod method, int months) {
        Map<String, List<Scored>> groups = new LinkedHashMap<>();
        for (Body body : bodies) {
            Evidence own = evidence.getOrDefault(body.code(), NONE);
            RankingMethod.PeerGroup group = method.peerGroup(own.counts().received(), months);
            groups.computeIfAbsent(body.bodyClass() + "/" + group, key -> new ArrayList<>())
                    .add(new Scored(body, group, own, score(own, method).orElse(null), null));
        }
        List<Scored> ranked = new ArrayList<>();
        for (List<Scored> group : groups.values()) {
            group.sort(Comparator.comparing(Scored::score, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(scored -> scored.body().name()).thenComparing(scored -> scored.body().code()));
            int position = 0;
            Integer rank = null;
            BigDecimal previous = null;
            for (Scored scored : group) {
                position++;
                if (scored.score() == null) {
                    ranked.add(scored);
                    continue;
                }
                if (previous == null || scored.score().compareTo(previous) != 0) {
                    rank = position;
                    previous = scored.score();
                }
                ranked.add(new Scored(scored.body(), scored.peerGroup(), scored.evidence(), scored.score(), rank));
            }
        }
        ranked.sort(Comparator.comparing((Scored scored) -> scored.body().bodyClass())
                .thenComparing(Scored::peerGroup)
                .thenComparing(scored -> scored.rank() == null ? Integer.MAX_VALUE : scored.rank())
                .thenComparing(scored -> scored.body().name()).thenComparing(scored -> scored.body().code()));
        return ranked;
    }
}
