package id.sp4n.portal.statistics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import id.sp4n.portal.complaint.TimeLimits;
import id.sp4n.portal.statistics.StatisticsFigures.Dimension;

/**
 * What every figure counts, defined once as conditions on the record ({@code stat_complaint}): the roll-up counts
 * each complaint towards these measures ({@link Rollup}), and the lists behind a figure select by the same
 * condition ({@link ComplaintRows}). The method page defines each key.
 */
final class Measures {

    /** Reached "ditindaklanjuti" or "ditanggapi" and not archived (KemenPAN-RB: in process + completed). */
    static final String FOLLOWED_UP = "first_follow_up_at is not null and status <> 'ARCHIVED'";
    private static final String RESPONDED = "responded_at is not null";
    private static final String VERIFIED = "verified_at is not null";
    private static final String FOLLOWED_UP_IN_TIME = "first_follow_up_days <= " + TimeLimits.FIRST_FOLLOW_UP_DAYS
            + " and status <> 'ARCHIVED'";
    /** The completion limit of each complaint (domain.md): met when the response came within it. */
    private static final String RESPONSE_LIMIT = "case when misconduct then " + TimeLimits.MISCONDUCT_COMPLETION_DAYS
            + " when type = 'PENGADUAN' then " + TimeLimits.COMPLETION_DAYS
            + " else " + TimeLimits.SHORT_COMPLETION_DAYS + " end";

    /** The headline figures, in the order the pages show them: which complaints each one counts. */
    static final Map<String, String> MEMBERS = members();

    /**
     * What a share is out of, by the key of the measure that counts it; a share not named here is out of all
     * received. The time limits are judged on the complaints that reached the step.
     */
    static final Map<String, String> BASES = Map.of(
            "reopenRate", "responded", "appealRate", "responded", "acceptanceRate", "responded",
            "verificationWithinLimit", "verified", "followUpWithinLimit", "followUpRate",
            "responseWithinLimit", "responded");

    /** Counted for the bases and the mean rating, never shown as figures of their own. */
    private static final Map<String, String> BASE_MEASURES = new TreeMap<>(Map.of("responded", RESPONDED,
            "verified", VERIFIED));

    /** Working-day figures: the column they read, keyed by what they measure. */
    static final Map<String, String> DURATIONS = durations();

    /** The figures that are plain counts; "meanRating" is a mean; every other headline figure is a share. */
    static final List<String> COUNTS = List.of("received", "ombudsmanReferrals", "ratings");

    /** The breakdown value of complaints without one. */
    static final String NONE = "NONE";

    /** The values of the door breakdown (see {@link #door}). */
    static final String DOOR_NATIONAL = "NATIONAL";
    static final String DOOR_OWN = "OWN";
    static final String DOOR_OTHER = "OTHER";

    /** Every measure the headline figures read: their own counts, their bases and the stars of the mean rating. */
    static final Set<String> HEADLINE_INPUTS = headlineInputs();

    /** Beside the complaints about each province (a breakdown), those of them followed up: the comparison. */
    static final String PROVINCE_FOLLOWED_UP = "PROVINCE_FOLLOWED_UP:";

    private Measures() {
    }

    private static Set<String> headlineInputs() {
        Set<String> inputs = new TreeSet<>(MEMBERS.keySet());
        inputs.addAll(BASES.values());
        inputs.add("received");
        inputs.add("stars");
        return Set.copyOf(inputs);
    }

    private static Map<String, String> members() {
        Map<String, String> members = new LinkedHashMap<>();
        members.put("received", "true");
        members.put("followUpRate", FOLLOWED_UP);
        members.put("followUpWithinFiveDays", FOLLOWED_UP_IN_TIME);
        members.put("completionRate", "status = 'COMPLETED'");
        members.put("archivedRate", "status = 'ARCHIVED'");
        members.put("wrongDoorRate", "(routed_away or officer_forwards > 0)");
        members.put("wrongDoorByRouting", "routed_away");
        members.put("wrongDoorByOfficer", "officer_forwards > 0");
        members.put("verificationWithinLimit", "verified_days <= " + TimeLimits.VERIFICATION_DAYS);
        members.put("followUpWithinLimit", FOLLOWED_UP_IN_TIME);
        members.put("responseWithinLimit", "responded_days <= " + RESPONSE_LIMIT);
        members.put("reopenRate", RESPONDED + " and reopen_count > 0");
        members.put("appealRate", RESPONDED + " and appealed");
        members.put("acceptanceRate", "accepted");
        members.put("escalationRate", "escalation_level > 0");
        members.put("ombudsmanReferrals", "ombudsman_referred");
        members.put("ratings", "rating is not null");
        members.put("meanRating", "rating is not null");
        return Collections.unmodifiableMap(members);
    }

    private static Map<String, String> durations() {
        Map<String, String> durations = new LinkedHashMap<>();
        durations.put("daysToVerification", "verified_days");
        durations.put("daysToFirstFollowUp", "first_follow_up_days");
        durations.put("daysToResponse", "responded_days");
        durations.put("daysToCompletion", "completed_days");
        return Collections.unmodifiableMap(durations);
    }

    /** The condition of the complaints behind a headline figure; empty for a key that names none. */
    static Optional<String> members(String key) {
        return Optional.ofNullable(key == null ? null : MEMBERS.get(key));
    }

    /** The roll-up key of one value of a breakdown ({@code TYPE:PENGADUAN}). */
    static String key(Dimension dimension, String value) {
        return dimension.name() + ":" + value;
    }

    /** The roll-up key of one number of working days to a step ({@code daysToResponse:4}). */
    static String durationKey(String duration, int days) {
        return duration + ":" + days;
    }

    /**
     * What one complaint counts towards, as SQL rows {@code (key, n)}: 1 for every measure it is a member
     * of, its stars for "stars", 1 for its value of every breakdown and its working days to every step reached.
     * Rows whose key or n is null count nothing. {@code nationalDoor} is the portal's own door (the tree's root).
     * The same text in every JVM (ordered maps only): the roll-up is built again whenever it changes.
     */
    static String contributions(String nationalDoor) {
        StringBuilder rows = new StringBuilder();
        MEMBERS.forEach((key, condition) -> row(rows, "'" + key + "'", "case when " + condition + " then 1 end"));
        BASE_MEASURES.forEach((key, condition) -> row(rows, "'" + key + "'", "case when " + condition + " then 1 end"));
        row(rows, "'stars'", "rating");
        for (Dimension dimension : Dimension.values()) {
            row(rows, "'" + dimension.name() + ":' || " + value(dimension, nationalDoor), "1");
        }
        DURATIONS.forEach((key, column) -> row(rows, "'" + key + ":' || " + column, "1"));
        row(rows, "'" + PROVINCE_FOLLOWED_UP + "' || province_code", "case when " + FOLLOWED_UP + " then 1 end");
        return rows.toString();
    }

    /** A record row's value of a breakdown, as SQL text; {@link #NONE} where it has none. */
    static String value(Dimension dimension, String nationalDoor) {
        return "coalesce(" + (dimension == Dimension.DOOR ? door(nationalDoor) : dimension.column() + "::text")
                + ", '" + NONE + "')";
    }

    /**
     * The kind of door a complaint came in by, not the agency (over 500 of them nationally, too many for every row of
     * the roll-up): the portal's national door, the holder's own (its own or, for a unit, its agency's), or another
     * agency's, which forwarded it.
     */
    private static String door(String nationalDoor) {
        return "case when door_agency_code = '" + nationalDoor.replace("'", "''") + "' then '" + DOOR_NATIONAL + "'"
                + " when agency_code = door_agency_code or starts_with(agency_code, door_agency_code || '/') then '"
                + DOOR_OWN + "' when door_agency_code is not null then '" + DOOR_OTHER + "' end";
    }

    private static void row(StringBuilder rows, String key, String count) {
        rows.append(rows.isEmpty() ? "" : ",\n").append("(").append(key).append(", ").append(count).append(")");
    }
}
