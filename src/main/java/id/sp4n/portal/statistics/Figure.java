package id.sp4n.portal.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One number on a statistics page: what it counts ({@code count}), out of what ({@code base}; null for a plain count
 * or a number of working days), and whether it rests on too few complaints to judge — then it is shown as such,
 * never as 0 % or 100 %. The key names its definition on the method page.
 */
public record Figure(String key, long count, Long base, boolean tooFew) {

    /** The share as a percentage with one decimal, rounded half up; null for a count or when there are too few. */
    public BigDecimal percent() {
        if (base == null || tooFew || base == 0) {
            return null;
        }
        return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(base), 1, RoundingMode.HALF_UP);
    }
}
