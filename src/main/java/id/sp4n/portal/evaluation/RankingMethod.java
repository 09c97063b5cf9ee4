package id.sp4n.portal.evaluation;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One version of the published method: the weight of every indicator (whole numbers summing to 100), the minimum
 * number of complaints received in the period to be ranked, the yearly volumes from which a body is in the large or
 * medium peer group (a quarter: a quarter of them, rounded up), and the scores from which a regional government is
 * graded Sangat Baik, Baik or Sedang (below: Kurang). A published version never changes; {@code publishedAt} is null
 * for the draft.
 */
public record RankingMethod(int version, Map<Indicator, Integer> weights, int minimumVolume, int largeFrom,
                            int mediumFrom, int veryGoodFrom, int goodFrom, int fairFrom, String note,
                            Instant publishedAt) {

    public RankingMethod {
        EnumMap<Indicator, Integer> ordered = new EnumMap<>(Indicator.class);
        ordered.putAll(weights);
        weights = Collections.unmodifiableMap(ordered);
    }

    /** The indicators this version gives weight to, in their order: the columns of a ranking made with it. */
    public java.util.List<Indicator> weighted() {
        return weights.entrySet().stream().filter(weight -> weight.getValue() > 0).map(Map.Entry::getKey).toList();
    }

    public boolean published() {
        return publishedAt != null;
    }

    /** The peer group of a body that received {@code received} complaints in a period of {@code months} months. */
    public PeerGroup peerGroup(long received, int months) {
        if (received >= groupFrom(PeerGroup.LARGE, months)) {
            return PeerGroup.LARGE;
        }
        return received >= groupFrom(PeerGroup.MEDIUM, months) ? PeerGroup.MEDIUM : PeerGroup.SMALL;
    }

    /** How many complaints a peer group starts at in a period of some months: the yearly volume scaled, rounded up. */
    public long groupFrom(PeerGroup group, int months) {
        int yearly = switch (group) {
            case LARGE -> largeFrom;
            case MEDIUM -> mediumFrom;
            case SMALL -> 0;
        };
        return (yearly * (long) months + 11) / 12;
    }

    /** The grade of a score (Kemendagri's four). */
    public Grade grade(double score) {
        if (score >= veryGoodFrom) {
            return Grade.SANGAT_BAIK;
        }
        if (score >= goodFrom) {
            return Grade.BAIK;
        }
        return score >= fairFrom ? Grade.SEDANG : Grade.KURANG;
    }

    /** The score the next grade up starts at; empty at the top. */
    public java.util.OptionalInt nextGradeFrom(Grade grade) {
        return switch (grade) {
            case KURANG -> java.util.OptionalInt.of(fairFrom);
            case SEDANG -> java.util.OptionalInt.of(goodFrom);
            case BAIK -> java.util.OptionalInt.of(veryGoodFrom);
            case SANGAT_BAIK -> java.util.OptionalInt.empty();
        };
    }

    public enum PeerGroup { LARGE, MEDIUM, SMALL }

    public enum Grade { SANGAT_BAIK, BAIK, SEDANG, KURANG }
}
