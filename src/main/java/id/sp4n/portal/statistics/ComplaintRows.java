package id.sp4n.portal.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaints behind a view's figures, one row each as the statistics record holds them (nothing about the
 * reporter, no text), streamed from the database in batches so a national year never sits in memory: for exports
 * and open data. A public scope holds no confidential complaint.
 */
@Service
public class ComplaintRows {

    /** The columns, in order: stable names for open data (README). */
    public static final List<String> COLUMNS = List.of("tracking_number", "type", "category", "province", "regency",
            "door_agency", "agency", "channel", "status", "submitted_on", "days_to_verification",
            "days_to_first_follow_up", "days_to_response", "days_to_completion", "archive_reason",
            "forwarded_by_routing", "officer_forwards", "reopen_count", "appealed", "escalation_level",
            "ombudsman_referred", "rating", "accepted");

    private final JdbcClient jdbc;
    private final ScopeSql scopes;
    private final Rollup rollup;

    ComplaintRows(JdbcClient jdbc, ScopeSql scopes, Rollup rollup) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.rollup = rollup;
    }

    /** Hands every complaint of the scope to {@code each}, oldest first; returns how many. */
    @Transactional(readOnly = true)
    public long each(Scope scope, Consumer<ComplaintRow> each) {
        return each(scope, "received", each);
    }

    /**
     * Hands every complaint of the scope behind one headline figure (its key, as on the method page) to
     * {@code each}, oldest first; returns how many. An unknown key is refused.
     */
    @Transactional(readOnly = true)
    public long each(Scope scope, String figureKey, Consumer<ComplaintRow> each) {
        long[] count = {0};
        // A cursor: PostgreSQL's driver fetches 2,000 rows at a time inside a transaction.
        jdbc.sql(SELECT + scopes.where(scope) + " and " + condition(figureKey)
                        + " order by submitted_at, tracking_number")
                .params(scopes.params(scope)).withFetchSize(2000)
                .query(rs -> {
                    each.accept(row(rs));
                    count[0]++;
                });
        return count[0];
    }

    /**
     * The first {@code limit} complaints behind a headline figure, oldest first, and how many there are: the figure's
     * own count from the roll-up (the same number, RollupTest; counting a national year's record takes seconds).
     */
    @Transactional(readOnly = true)
    public Page behind(Scope scope, String figureKey, int limit) {
        String condition = condition(figureKey);
        long total = rollup.totals(scope, List.of(figureKey)).get(figureKey);
        List<ComplaintRow> rows = jdbc.sql(SELECT + scopes.where(scope) + " and " + condition
                        + " order by submitted_at, tracking_number limit :limit")
                .params(scopes.params(scope)).param("limit", limit)
                .query((rs, n) -> row(rs)).list();
        return new Page(rows, total);
    }

    /** Whether a key names a headline figure with complaints behind it. */
    public static boolean isFigure(String figureKey) {
        return Measures.members(figureKey).isPresent();
    }

    private static String condition(String figureKey) {
        return Measures.members(figureKey).orElseThrow(() ->
                new IllegalArgumentException("not a headline figure: " + figureKey));
    }

    private static final String SELECT = """
            select tracking_number, type, category_code, province_code, regency_code, door_agency_code,
                   agency_code, channel, status, (submitted_at at time zone 'Asia/Jakarta')::date as submitted_on,
                   verified_days, first_follow_up_days, responded_days, completed_days, archive_reason,
                   routed_away, officer_forwards, reopen_count, appealed, escalation_level,
                   ombudsman_referred, rating, accepted
              from stat_complaint""";

    /** Some of the complaints behind a figure, and how many there are in all. */
    public record Page(List<ComplaintRow> rows, long total) {
    }

    private static ComplaintRow row(ResultSet rs) throws SQLException {
        return new ComplaintRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getObject(10, LocalDate.class), integer(rs, 11), integer(rs, 12), integer(rs, 13), integer(rs, 14),
                rs.getString(15), rs.getBoolean(16), rs.getInt(17), rs.getInt(18), rs.getBoolean(19), rs.getInt(20),
                rs.getBoolean(21), integer(rs, 22), (Boolean) rs.getObject(23));
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** One complaint as open data; the fields follow {@link #COLUMNS}. Null: not reached (yet) or not given. */
    public record ComplaintRow(String trackingNumber, String type, String category, String province, String regency,
                               String doorAgency, String agency, String channel, String status, LocalDate submittedOn,
                               Integer daysToVerification, Integer daysToFirstFollowUp, Integer daysToResponse,
                               Integer daysToCompletion, String archiveReason, boolean forwardedByRouting,
                               int officerForwards, int reopenCount, boolean appealed, int escalationLevel,
                               boolean ombudsmanReferred, Integer rating, Boolean accepted) {

        /** The values in the order of {@link #COLUMNS}. */
        public List<Object> cells() {
            return Arrays.asList(trackingNumber, type, category, province, regency, doorAgency, agency,
                    channel, status, submittedOn, daysToVerification, daysToFirstFollowUp, daysToResponse,
                    daysToCompletion, archiveReason, forwardedByRouting, officerForwards, reopenCount, appealed,
                    escalationLevel, ombudsmanReferred, rating, accepted);
        }
    }
}
