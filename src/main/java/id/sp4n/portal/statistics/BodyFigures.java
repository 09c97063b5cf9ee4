package id.sp4n.portal.statistics;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counts every body is judged on, for every node of the tree at once (with its subtree, public complaints only:
 * the same numbers as the body's public statistics page), over whole months of filing dates — one pass over the
 * roll-up's month rows (docs/0041), at most one row per node and month. For rankings and grades (docs/0042).
 */
@Service
@Transactional(readOnly = true)
public class BodyFigures {

    /** The measures read, in the order of {@link Counts}' components. */
    private static final List<String> KEYS = List.of("received", "followUpWithinFiveDays", "responded",
            "responseWithinLimit", "acceptanceRate", "reopenRate", "appealRate", "completionRate", "ratings", "stars");

    private final JdbcClient jdbc;

    BodyFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What the complaints filed from the first day of {@code first} to the last of {@code last} (Western Indonesia
     * Time) and held now in each node's subtree count towards; a node without any is absent.
     */
    public Map<String, Counts> of(YearMonth first, YearMonth last) {
        if (first.isAfter(last)) {
            throw new IllegalArgumentException("period ends before it starts: " + first + " to " + last);
        }
        StringBuilder sums = new StringBuilder();
        StringBuilder columns = new StringBuilder();
        for (String key : KEYS) {
            sums.append(", coalesce(sum(m.\"").append(key).append("\"), 0)");
            columns.append(columns.isEmpty() ? "" : ", ").append('"').append(key).append("\" bigint");
        }
        Map<String, Counts> counts = new HashMap<>();
        jdbc.sql("select r.node_code" + sums + " from stat_rollup r cross join lateral jsonb_to_record(r.counts) as m("
                        + columns + ") where r.span = 'M' and r.subtree and not r.confidential"
                        + " and r.day between :first and :last group by r.node_code")
                .param("first", first.atDay(1)).param("last", last.atDay(1))
                .query((rs, row) -> counts.put(rs.getString(1), new Counts(rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10),
                        rs.getLong(11))))
                .list();
        return counts;
    }

    /**
     * One body's counts, each defined on the statistics method page: received; followed up within five working days
     * (and not archived); responded; responded within the completion limit; responses the reporter accepted; responded
     * and reopened; responded and appealed; completed; rated, and the stars of those ratings.
     */
    public record Counts(long received, long followedUpWithinFiveDays, long responded, long respondedWithinLimit,
                         long accepted, long reopened, long appealed, long completed, long ratings, long stars) {

        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
