package id.sp4n.portal.statistics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of a {@link Scope}, computed from the module's own record ({@code stat_complaint}); each key is defined
 * on the method page. Shares rest on {@code portal.statistics.minimum} (10) complaints at least, else "too few".
 * Archived and forwarded complaints are never completed; a complaint counts as followed up once it reached
 * "ditindaklanjuti" or "ditanggapi" (KemenPAN-RB counts completed + in process over received).
 */
@Service
@Transactional(readOnly = true)
public class StatisticsFigures {

    /** Working-day figures: the column they read, keyed by what they measure. */
    private static final Map<String, String> DURATIONS = Map.of(
            "daysToVerification", "verified_days",
            "daysToFirstFollowUp", "first_follow_up_days",
            "daysToResponse", "responded_days",
            "daysToCompletion", "completed_days");

    /** Reached "ditindaklanjuti" or "ditanggapi" and not archived (KemenPAN-RB: in process + completed). */
    private static final String FOLLOWED_UP = "first_follow_up_at is not null and status <> 'ARCHIVED'";
    private static final String COMPLETED = "status = 'COMPLETED'";

    /** The breakdown value of complaints without one. */
    public static final String NONE = "NONE";

    private final JdbcClient jdbc;
    private final ScopeSql scopes;
    private final int minimum;

    StatisticsFigures(JdbcClient jdbc, ScopeSql scopes, @Value("${portal.statistics.minimum:10}") int minimum) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.minimum = minimum;
    }

    /** Everything a view of the scope shows: the headline figures, the durations, and the breakdowns asked for. */
    public Overview overview(Scope scope, List<Dimension> dimensions) {
        Map<Dimension, Map<String, Long>> breakdowns = new LinkedHashMap<>();
        dimensions.forEach(dimension -> breakdowns.put(dimension, breakdown(scope, dimension)));
        return new Overview(headline(scope), durations(scope), breakdowns);
    }

    /** One view's figures; {@code durations} maps each step to {@code [median, p90]}, or null for too few. */
    public record Overview(List<Figure> headline, Map<String, int[]> durations,
                           Map<Dimension, Map<String, Long>> breakdowns) {
    }

    /**
     * Which complaints each headline count holds, as a condition on the record: the one definition both the
     * figures ({@code count(*) filter}) and the lists behind them ({@link ComplaintRows}) use. Shares rest on all
     * received, or (reopen, appeal, acceptance) on those responded to; "meanRating" rests on those rated.
     */
    private static final Map<String, String> MEMBERS = members();
    private static final String RESPONDED = "responded_at is not null";
    private static final Set<String> OVER_RESPONDED = Set.of("reopenRate", "appealRate",
            "acceptanceRate");

    private static Map<String, String> members() {
        Map<String, String> members = new LinkedHashMap<>();
        members.put("received", "true");
        members.put("followUpRate", FOLLOWED_UP);
        members.put("followUpWithinFiveDays", "first_follow_up_days <= 5 and status <> 'ARCHIVED'");
        members.put("completionRate", COMPLETED);
        members.put("archivedRate", "status = 'ARCHIVED'");
        members.put("wrongDoorRate", "(routed_away or officer_forwards > 0)");
        members.put("wrongDoorByRouting", "routed_away");
        members.put("wrongDoorByOfficer", "officer_forwards > 0");
        members.put("reopenRate", RESPONDED + " and reopen_count > 0");
        members.put("appealRate", RESPONDED + " and appealed");
        members.put("acceptanceRate", "accepted");
        members.put("escalationRate", "escalation_level > 0");
        members.put("ombudsmanReferrals", "ombudsman_referred");
        members.put("ratings", "rating is not null");
        members.put("meanRating", "rating is not null");
        return Collections.unmodifiableMap(members);
    }

    /** The condition of the complaints behind a headline figure; empty for a key that names none. */
    static Optional<String> members(String key) {
        return Optional.ofNullable(key == null ? null : MEMBERS.get(key));
    }

    /** The headline figures, in the order the pages show them. */
    public List<Figure> headline(Scope scope) {
        StringBuilder select = new StringBuilder("select count(*) filter (where " + RESPONDED + ") as \"responded\","
                + " coalesce(sum(rating), 0) as \"stars\"");
        MEMBERS.forEach((key, condition) -> select.append(", count(*) filter (where ").append(condition)
                .append(") as \"").append(key).append('"'));
        Map<String, Object> counts = jdbc.sql(select + " from stat_complaint" + where(scope))
                .params(params(scope)).query().singleRow();
        long received = number(counts, "received");
        long responded = number(counts, "responded");
        List<Figure> figures = new ArrayList<>();
        for (String key : MEMBERS.keySet()) {
            long count = number(counts, key);
            figures.add(switch (key) {
                case "received", "ombudsmanReferrals", "ratings" -> Figure.count(key, count);
                case "meanRating" -> new Figure(key, Figure.Kind.MEAN, number(counts, "stars"), count, count < minimum);
                default -> share(key, count, OVER_RESPONDED.contains(key) ? responded : received);
            });
        }
        return figures;
    }

    /**
     * Median and 90th percentile of the working days each complaint in the scope took to reach a step (those that
     * reached it), as {@code [median, p90]}; null for a step fewer than the minimum reached. Nearest rank (the value
     * of a real complaint, never an interpolation).
     */
    public Map<String, int[]> durations(Scope scope) {
        Map<String, int[]> result = new LinkedHashMap<>();
        for (String key : List.of("daysToVerification", "daysToFirstFollowUp", "daysToResponse", "daysToCompletion")) {
            String column = DURATIONS.get(key);
            Map<String, Object> row = jdbc.sql("select count(" + column + ") as n,"
                            + " percentile_disc(0.5) within group (order by " + column + ") as median,"
                            + " percentile_disc(0.9) within group (order by " + column + ") as p90"
                            + " from stat_complaint" + where(scope) + " and " + column + " is not null")
                    .params(params(scope)).query().singleRow();
            result.put(key, number(row, "n") < minimum ? null
                    : new int[] {((Number) row.get("median")).intValue(), ((Number) row.get("p90")).intValue()});
        }
        return result;
    }

    /**
     * How many complaints in the scope fall under each value of a dimension, most first; {@link #NONE} counts those
     * without a value (no category given, not rated, never archived).
     */
    public Map<String, Long> breakdown(Scope scope, Dimension dimension) {
        Map<String, Long> result = new LinkedHashMap<>();
        jdbc.sql("select coalesce(" + dimension.column + "::text, '" + NONE + "') as value, count(*) as n"
                        + " from stat_complaint" + where(scope)
                        + " group by 1 order by 2 desc, 1")
                .params(params(scope)).query((rs, row) -> result.put(rs.getString("value"), rs.getLong("n"))).list();
        return result;
    }

    /**
     * Month by month (Western Indonesia Time) over the scope's period, every month present even without complaints:
     * how many were received, and of those how many have been followed up and completed by now.
     */
    public List<MonthPoint> trend(Scope scope) {
        Map<YearMonth, MonthPoint> byMonth = new LinkedHashMap<>();
        for (YearMonth month = YearMonth.from(scope.from()); !month.isAfter(YearMonth.from(scope.to()));
             month = month.plusMonths(1)) {
            byMonth.put(month, new MonthPoint(month, 0, 0, 0));
        }
        jdbc.sql("select to_char(submitted_at at time zone 'Asia/Jakarta', 'YYYY-MM') as month, count(*) as received,"
                        + " count(*) filter (where " + FOLLOWED_UP + ") as followed_up,"
                        + " count(*) filter (where " + COMPLETED + ") as completed"
                        + " from stat_complaint" + where(scope) + " group by 1")
                .params(params(scope))
                .query((rs, row) -> byMonth.put(YearMonth.parse(rs.getString(1)), new MonthPoint(
                        YearMonth.parse(rs.getString(1)), rs.getLong(2), rs.getLong(3), rs.getLong(4))))
                .list();
        return List.copyOf(byMonth.values());
    }

    /** One month of a trend. */
    public record MonthPoint(YearMonth month, long received, long followedUp, long completed) {
    }

    /**
     * Per province the complaints are about (not who holds them): how many were received and followed up — the
     * province comparison, to be read per inhabitant ({@link RegionalComparison}).
     */
    Map<String, long[]> byProvince(Scope scope) {
        Map<String, long[]> result = new LinkedHashMap<>();
        jdbc.sql("select province_code, count(*), count(*) filter (where " + FOLLOWED_UP + ")"
                        + " from stat_complaint" + where(scope) + " and province_code is not null group by 1 order by 1")
                .params(params(scope))
                .query((rs, row) -> result.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)})).list();
        return result;
    }

    Figure share(String key, long count, long base) {
        return new Figure(key, Figure.Kind.SHARE, count, base, base < minimum);
    }

    /** What a breakdown can be by. */
    public enum Dimension {
        TYPE("type"), CATEGORY("category_code"), PROVINCE("province_code"), REGENCY("regency_code"),
        CHANNEL("channel"), DOOR("door_agency_code"), ARCHIVE_REASON("archive_reason"), RATING("rating"),
        ESCALATION_LEVEL("escalation_level");

        private final String column;

        Dimension(String column) {
            this.column = column;
        }
    }

    private static long number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }

    private String where(Scope scope) {
        return scopes.where(scope);
    }

    private Map<String, Object> params(Scope scope) {
        return scopes.params(scope);
    }
}
