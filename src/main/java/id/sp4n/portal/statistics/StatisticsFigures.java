package id.sp4n.portal.statistics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of a {@link Scope}, summed from the roll-up ({@link Rollup}) of the module's own record; each key is
 * defined on the method page and counts what {@link Measures} says. Shares rest on {@code portal.statistics.minimum}
 * (10) complaints at least, else "too few". Archived and forwarded complaints are never completed; a complaint counts
 * as followed up once it reached "ditindaklanjuti" or "ditanggapi" (KemenPAN-RB counts completed + in process over
 * received).
 */
@Service
@Transactional(readOnly = true)
public class StatisticsFigures {

    /** The breakdown value of complaints without one. */
    public static final String NONE = Measures.NONE;

    private final Rollup rollup;
    private final int minimum;

    StatisticsFigures(Rollup rollup, @Value("${portal.statistics.minimum:10}") int minimum) {
        this.rollup = rollup;
        this.minimum = minimum;
    }

    /** Everything a view of the scope shows: the headline figures, the durations, and the breakdowns asked for. */
    public Overview overview(Scope scope, List<Dimension> dimensions) {
        return overview(rollup.totals(scope), dimensions);
    }

    private Overview overview(Map<String, Long> totals, List<Dimension> dimensions) {
        Map<Dimension, Map<String, Long>> breakdowns = new LinkedHashMap<>();
        dimensions.forEach(dimension -> breakdowns.put(dimension, breakdown(totals, dimension)));
        return new Overview(headline(totals), durations(totals), breakdowns, byProvince(totals));
    }

    /**
     * One view's figures; {@code durations} maps each step to {@code [median, p90]}, or null for too few;
     * {@code byProvince} has, per province the complaints are about (not who holds them), how many were received
     * and followed up — the province comparison, to be read per inhabitant ({@link RegionalComparison}).
     */
    public record Overview(List<Figure> headline, Map<String, int[]> durations,
                           Map<Dimension, Map<String, Long>> breakdowns, Map<String, long[]> byProvince) {
    }

    /**
     * The figures of the complaints of a tag ({@link ComplaintTags}) filed from {@code from} to {@code to} inclusive,
     * defined exactly as a scope's; public complaints only unless {@code withConfidential} (staff views).
     */
    public Overview tagged(String tag, java.time.LocalDate from, java.time.LocalDate to, boolean withConfidential,
                           List<Dimension> dimensions) {
        return overview(rollup.totalsOfTag(tag, from, to.plusDays(1), withConfidential), dimensions);
    }

    /** The headline figures, in the order the pages show them (reading only the measures they need). */
    public List<Figure> headline(Scope scope) {
        return headline(rollup.totals(scope, Measures.HEADLINE_INPUTS));
    }

    private List<Figure> headline(Map<String, Long> totals) {
        List<Figure> figures = new ArrayList<>();
        for (String key : Measures.MEMBERS.keySet()) {
            long count = totals.getOrDefault(key, 0L);
            if (Measures.COUNTS.contains(key)) {
                figures.add(Figure.count(key, count));
            } else if (key.equals("meanRating")) {
                figures.add(new Figure(key, Figure.Kind.MEAN, totals.getOrDefault("stars", 0L), count,
                        count < minimum));
            } else {
                figures.add(share(key, count, totals.getOrDefault(Measures.BASES.getOrDefault(key, "received"), 0L)));
            }
        }
        return figures;
    }

    /**
     * Median and 90th percentile of the working days each complaint in the scope took to reach a step (those that
     * reached it), as {@code [median, p90]}; null for a step fewer than the minimum reached. Nearest rank (the value
     * of a real complaint, never an interpolation): the smallest value at least half (nine tenths) of them reached
     * within.
     */
    public Map<String, int[]> durations(Scope scope) {
        return durations(rollup.totals(scope));
    }

    private Map<String, int[]> durations(Map<String, Long> totals) {
        Map<String, int[]> result = new LinkedHashMap<>();
        for (String key : Measures.DURATIONS.keySet()) {
            TreeMap<Integer, Long> histogram = new TreeMap<>();
            totals.forEach((measure, count) -> {
                if (measure.startsWith(key + ":")) {
                    histogram.put(Integer.parseInt(measure.substring(key.length() + 1)), count);
                }
            });
            long reached = histogram.values().stream().mapToLong(Long::longValue).sum();
            result.put(key, reached < minimum ? null
                    : new int[] {nearestRank(histogram, reached, 1, 2), nearestRank(histogram, reached, 9, 10)});
        }
        return result;
    }

    /** The smallest value whose cumulative count reaches {@code numerator / denominator} of all (integers only). */
    private static int nearestRank(TreeMap<Integer, Long> histogram, long all, int numerator, int denominator) {
        long cumulative = 0;
        for (Map.Entry<Integer, Long> value : histogram.entrySet()) {
            cumulative += value.getValue();
            if (cumulative * denominator >= all * numerator) {
                return value.getKey();
            }
        }
        throw new IllegalStateException("empty histogram");
    }

    /**
     * How many complaints in the scope fall under each value of a dimension, most first; {@link #NONE} counts those
     * without a value (no category given, not rated, never archived).
     */
    public Map<String, Long> breakdown(Scope scope, Dimension dimension) {
        return breakdown(rollup.totals(scope), dimension);
    }

    private static Map<String, Long> breakdown(Map<String, Long> totals, Dimension dimension) {
        String prefix = Measures.key(dimension, "");
        Map<String, Long> result = new LinkedHashMap<>();
        totals.entrySet().stream().filter(total -> total.getKey().startsWith(prefix))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(total -> result.put(total.getKey().substring(prefix.length()), total.getValue()));
        return result;
    }

    /**
     * Month by month (Western Indonesia Time) over the scope's period, every month present even without complaints:
     * how many were received, and of those how many have been followed up and completed by now.
     */
    public List<MonthPoint> trend(Scope scope) {
        Map<YearMonth, long[]> counts = rollup.monthly(scope, List.of("received", "followUpRate", "completionRate"));
        List<MonthPoint> points = new ArrayList<>();
        for (YearMonth month = YearMonth.from(scope.from()); !month.isAfter(YearMonth.from(scope.to()));
             month = month.plusMonths(1)) {
            long[] sums = counts.getOrDefault(month, new long[3]);
            points.add(new MonthPoint(month, sums[0], sums[1], sums[2]));
        }
        return points;
    }

    /** One month of a trend. */
    public record MonthPoint(YearMonth month, long received, long followedUp, long completed) {
    }

    private static Map<String, long[]> byProvince(Map<String, Long> totals) {
        Map<String, long[]> result = new TreeMap<>(Comparator.naturalOrder());
        breakdown(totals, Dimension.PROVINCE).forEach((province, received) -> {
            if (!province.equals(NONE)) {
                result.put(province, new long[] {received,
                        totals.getOrDefault(Measures.PROVINCE_FOLLOWED_UP + province, 0L)});
            }
        });
        return result;
    }

    Figure share(String key, long count, long base) {
        return new Figure(key, Figure.Kind.SHARE, count, base, base < minimum);
    }

    /** What a breakdown can be by: the record's column of each (the door by its kind, see {@link Measures}). */
    public enum Dimension {
        TYPE("type"), CATEGORY("category_code"), PROVINCE("province_code"), REGENCY("regency_code"), CHANNEL("channel"), DOOR("door_agency_code"),
        ARCHIVE_REASON("archive_reason"), RATING("rating"), ESCALATION_LEVEL("escalation_level");

        private final String column;

        Dimension(String column) {
            this.column = column;
        }

        String column() {
            return column;
        }
    }
}
