package id.sp4n.portal.evaluation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.sp4n.portal.shared.FormInput;
import id.sp4n.portal.shared.InvalidRequestException;

/**
 * A year or one of its quarters ({@code 2026}, {@code 2026-Q3}): complaints filed in its whole months, by filing date
 * in Western Indonesia Time, as the statistics count them.
 */
public record RankingPeriod(int year, int quarter) {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})(?:-[Qq]([1-4]))?");

    public RankingPeriod {
        if (year < 2000 || year > 2100 || quarter < 0 || quarter > 4) {
            throw new InvalidRequestException("ranking.error.period", year + (quarter == 0 ? "" : "-Q" + quarter));
        }
    }

    public static RankingPeriod year(int year) {
        return new RankingPeriod(year, 0);
    }

    /** What a person or a link wrote; the current year when nothing. */
    public static RankingPeriod parse(String given, LocalDate today) {
        if (given == null || given.isBlank()) {
            return year(today.getYear());
        }
        Matcher written = WRITTEN.matcher(given.strip());
        if (!written.matches()) {
            throw new InvalidRequestException("ranking.error.period", FormInput.shortened(given.strip()));
        }
        RankingPeriod period = new RankingPeriod(Integer.parseInt(written.group(1)),
                written.group(2) == null ? 0 : Integer.parseInt(written.group(2)));
        // Nothing to rank yet; and a period kept while ongoing is computed again every 10 minutes until it ends.
        if (period.firstDay().isAfter(today)) {
            throw new InvalidRequestException("ranking.error.future", period.toString());
        }
        return period;
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, quarter == 0 ? 1 : quarter * 3 - 2);
    }

    public YearMonth lastMonth() {
        return YearMonth.of(year, quarter == 0 ? 12 : quarter * 3);
    }

    public int months() {
        return quarter == 0 ? 12 : 3;
    }

    public LocalDate firstDay() {
        return firstMonth().atDay(1);
    }

    public LocalDate lastDay() {
        return lastMonth().atEndOfMonth();
    }

    /** Whether the period is over on {@code today}: its ranking is then final. */
    public boolean endedBy(LocalDate today) {
        return today.isAfter(lastDay());
    }

    @Override
    public String toString() {
        return quarter == 0 ? String.valueOf(year) : year + "-Q" + quarter;
    }
}
