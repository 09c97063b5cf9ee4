package id.sp4n.portal.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One number on a statistics page: a plain count; a share ({@code count} out of {@code base}); a mean
 * ({@code count} is the sum, {@code base} how many values); or a rate per 100,000 inhabitants ({@code count}
 * complaints, {@code base} inhabitants). A share or mean resting on too few complaints to judge is
 * shown as such, never as 0 % or 100 %. The key names its definition on the method page.
 */
public record Figure(String key, Kind kind, long count, Long base, boolean tooFew) {

    public enum Kind {
        COUNT, SHARE, MEAN, PER_100K
    }

    static Figure count(String key, long count) {
        return new Figure(key, Kind.COUNT, count, null, false);
    }

    /** The share as a percentage with one decimal, rounded half up; null unless a share that can be judged. */
    public BigDecimal percent() {
        return kind != Kind.SHARE || tooFew || base == 0 ? null : BigDecimal.valueOf(count)
                .multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(base), 1, RoundingMode.HALF_UP);
    }

    /** Complaints per 100,000 inhabitants with one decimal, rounded half up; null unless such a rate to judge. */
    public BigDecimal per100k() {
        return kind != Kind.PER_100K || tooFew || base == 0 ? null : BigDecimal.valueOf(count)
                .multiply(BigDecimal.valueOf(100_000)).divide(BigDecimal.valueOf(base), 1, RoundingMode.HALF_UP);
    }

    /** The value as a page shows it: the count, the percentage, the mean or the rate; null when too few. */
    public BigDecimal value() {
        return switch (kind) {
            case COUNT -> BigDecimal.valueOf(count);
            case SHARE -> percent();
            case MEAN -> mean();
            case PER_100K -> per100k();
        };
    }

    /** The mean with two decimals, rounded half up; null unless a mean that can be judged. */
    public BigDecimal mean() {
        return kind != Kind.MEAN || tooFew || base == 0 ? null
                : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(base), 2, RoundingMode.HALF_UP);
    }
}
