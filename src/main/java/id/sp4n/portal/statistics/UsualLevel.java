package id.sp4n.portal.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * When complaints of a kind rose above their usual level (docs/0044): the last {@value #RECENT_WEEKS} whole weeks
 * against the {@value #BASELINE_WEEKS} before them. The usual level for four weeks is λ = baseline ÷ 3; the count is
 * above it when at least {@value #FEWEST} and above λ + 2√λ — more than chance explains at the usual rate.
 */
public final class UsualLevel {

    public static final int RECENT_WEEKS = 4;
    public static final int BASELINE_WEEKS = 12;
    public static final int FEWEST = 10;

    private UsualLevel() {
    }

    public static boolean exceeded(long recent, long baseline) {
        double expected = baseline / 3.0;
        return recent >= FEWEST && recent > expected + 2 * Math.sqrt(expected);
    }

    /** λ, one decimal half up. */
    public static BigDecimal expected(long baseline) {
        return BigDecimal.valueOf(baseline).divide(BigDecimal.valueOf(3), 1, RoundingMode.HALF_UP);
    }

    /** How many standard deviations above λ (a λ of 0 counts as 1, so that it stays finite): the most unusual first. */
    public static double unusualness(long recent, long baseline) {
        double expected = baseline / 3.0;
        return (recent - expected) / Math.sqrt(Math.max(expected, 1));
    }
}
