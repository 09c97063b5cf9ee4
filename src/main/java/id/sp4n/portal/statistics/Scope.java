package id.sp4n.portal.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Which complaints a figure is about: those filed in [{@code from}, {@code to}] (dates in Western Indonesia Time, the
 * national reference — method page) and held now by {@code agencyCode} alone or by anything in its subtree; the root
 * with its subtree is the nation. {@code publicOnly} leaves confidential complaints out (every public figure).
 */
public record Scope(String agencyCode, boolean subtree, LocalDate from, LocalDate to, boolean publicOnly) {

    public static final ZoneId PERIOD_ZONE = ZoneId.of("Asia/Jakarta");

    public Scope {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + " to " + to);
        }
    }

    /**
     * The period to set beside this one (method page): within one calendar year from 1 January, the same dates a
     * year before; whole calendar months, as many months right before; otherwise as many days right before.
     */
    public Scope previous() {
        if (from.getDayOfYear() == 1 && to.getYear() == from.getYear()) {
            return within(from.minusYears(1), to.minusYears(1));
        }
        if (from.getDayOfMonth() == 1 && to.getDayOfMonth() == to.lengthOfMonth()) {
            long months = ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) + 1;
            return within(from.minusMonths(months), from.minusDays(1));
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return within(from.minusDays(days), from.minusDays(1));
    }

    private Scope within(LocalDate start, LocalDate end) {
        return new Scope(agencyCode, subtree, start, end, publicOnly);
    }
}
