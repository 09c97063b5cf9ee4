package id.sp4n.portal.statistics;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.agency.AgencyNode;
import id.sp4n.portal.agency.AgencyTree;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The roll-up ({@code stat_rollup}, docs/0041): for every tree node alone and with its subtree, every filing day and
 * confidentiality, how many complaints count towards each measure of {@link Measures}. Kept by deltas: the applying
 * batch subtracts what the complaints it touches counted before and adds what they count after. Figures of any
 * scope are sums over at most one row per day, whatever the size of the subtree. Written only under the batch lock
 * ({@link PendingEvents#LOCK}).
 */
@Component
class Rollup {

    private static final Logger log = LoggerFactory.getLogger(Rollup.class);

    /** A complaint's day: its filing date in Western Indonesia Time, as {@link Scope} dates are. */
    private static final String DAY = "(submitted_at at time zone 'Asia/Jakarta')::date";

    /**
     * The change in what some complaints count towards: the rows of {@code %s} (the record's columns and a
     * {@code sign}, -1 for a row as it was, +1 as it is), summed per holder first, then spread to the holder alone
     * and to every node whose subtree holds it, for the day and for the whole month. Only what changed is written: a
     * complaint whose event moved one measure touches one key of each of its rows. The ancestors are read for the
     * batch's holders only (by index): joined whole, the table (every agency with every ancestor) was hashed for every
     * batch, a third of its time (docs/benchmarks.md).
     */
    private static final String CONTRIBUTE = """
            with touched as (%s),
            by_holder as (
                select agency_code, %s as day, confidential, m.key, sum(m.n * sign) as n
                  from touched cross join lateral (values %s) m(key, n)
                 where submitted_at is not null and agency_code is not null and confidential is not null
                   and m.key is not null and m.n is not null
                 group by 1, 2, 3, 4
                having sum(m.n * sign) <> 0),
            holders as (select distinct agency_code from by_holder),
            ancestors as (
                select a.agency_code, a.node_code
                  from holders h join stat_agency_ancestor a on a.agency_code = h.agency_code),
            by_node as (
                select a.node_code, true as subtree, h.day, h.confidential, h.key, h.n
                  from by_holder h join ancestors a on a.agency_code = h.agency_code
                union all
                select h.agency_code, false, h.day, h.confidential, h.key, h.n from by_holder h),
            by_span as (
                select node_code, subtree, 'D' as span, day, confidential, key, n from by_node
                union all
                select node_code, subtree, 'M', date_trunc('month', day)::date, confidential, key, n from by_node),
            summed as (
                select node_code, subtree, span, day, confidential, key, sum(n) as n
                  from by_span group by 1, 2, 3, 4, 5, 6
                having sum(n) <> 0)
            insert into stat_rollup as r (node_code, subtree, span, day, confidential, counts)
            select node_code, subtree, span, day, confidential, jsonb_object_agg(key, n)
              from summed group by 1, 2, 3, 4, 5
            on conflict (node_code, subtree, span, day, confidential)
               do update set counts = stat_add(r.counts, excluded.counts)""";

    /** Which rows the definitions are written into; part of their text, so a new layout builds the roll-up again. */
    private static final String LAYOUT = "spans D (days) and M (whole months)\n";

    /** The record's rows of some complaints with a sign. */
    private static final String SIGNED = "select *, :sign as sign from stat_complaint where %s";

    private final JdbcClient jdbc;
    private final AgencyHierarchy agencies;
    /** What every complaint counts towards and the statement that writes it; read from the tree on first use. */
    private volatile Definitions defined;
    /** The tree this instance last brought the ancestor table in line with. */
    private volatile AgencyTree synced;

    Rollup(JdbcClient jdbc, AgencyHierarchy agencies) {
        this.jdbc = jdbc;
        this.agencies = agencies;
    }

    private record Definitions(String text, String contribute) {
    }

    private Definitions defined() {
        Definitions current = defined;
        if (current == null) {
            String contributions = Measures.contributions(agencies.tree().root().code());
            current = new Definitions(LAYOUT + contributions, CONTRIBUTE.formatted("%s", DAY, contributions));
            defined = current;
        }
        return current;
    }

    /**
     * Remembers what these complaints count now, before their events are applied ({@link #afterEvents} writes the
     * difference). In the batch's transaction.
     */
    void beforeEvents(Collection<String> trackingNumbers) {
        jdbc.sql("create temporary table if not exists stat_touched (like stat_complaint) on commit delete rows")
                .update();
        jdbc.sql("insert into stat_touched select * from stat_complaint where tracking_number = any(:numbers)")
                .param("numbers", trackingNumbers.toArray(String[]::new)).update();
    }

    /** Writes what changed in what these complaints count since {@link #beforeEvents}. */
    void afterEvents(Collection<String> trackingNumbers) {
        write(jdbc.sql(defined().contribute().formatted("select *, -1 as sign from stat_touched union all "
                        + SIGNED.formatted("tracking_number = any(:numbers)")))
                .param("numbers", trackingNumbers.toArray(String[]::new)).param("sign", 1));
        jdbc.sql("delete from stat_touched").update();
    }

    /** Takes away what these complaints count now. */
    void subtract(Collection<String> trackingNumbers) {
        contribute(trackingNumbers, -1);
    }

    /** Adds what these complaints count now. */
    void add(Collection<String> trackingNumbers) {
        contribute(trackingNumbers, 1);
    }

    private void contribute(Collection<String> trackingNumbers, int sign) {
        if (!trackingNumbers.isEmpty()) {
            write(jdbc.sql(defined().contribute().formatted(SIGNED.formatted("tracking_number = any(:numbers)")))
                    .param("numbers", trackingNumbers.toArray(String[]::new)).param("sign", sign));
        }
    }

    private void write(JdbcClient.StatementSpec contribution) {
        if (contribution.update() > 0) {
            // A row whose every count went back to zero holds nothing.
            jdbc.sql("delete from stat_rollup where counts = '{}'::jsonb").update();
        }
    }

    /**
     * Before a batch: builds the roll-up again if the measures are defined differently from when it was built, and
     * moves the contributions of agencies the tree moved since.
     */
    void prepare() {
        String built = jdbc.sql("select definitions from stat_rollup_state").query(String.class).optional()
                .orElse(null);
        if (defined().text().equals(built)) {
            followTree();
        } else {
            rebuild();
        }
    }

    /** Builds the roll-up from the record alone, a month of filing dates per statement. */
    void rebuild() {
        long began = System.nanoTime();
        AgencyTree tree = agencies.tree();
        // Not truncate: pages keep reading the old roll-up (not waiting on a lock) until this one commits.
        jdbc.sql("delete from stat_rollup").update();
        jdbc.sql("delete from stat_agency_ancestor").update();
        writeAncestors(ancestors(tree), ancestors(tree).keySet());
        Map<String, Object> range = jdbc.sql("select min(submitted_at) as first, max(submitted_at) as last"
                + " from stat_complaint").query().singleRow();
        if (range.get("first") != null) {
            Instant last = ((Timestamp) range.get("last")).toInstant();
            for (Instant from = ((Timestamp) range.get("first")).toInstant(); !from.isAfter(last);
                 from = from.plus(31, ChronoUnit.DAYS)) {
                String month = SIGNED.formatted("submitted_at >= :from and submitted_at < :until");
                jdbc.sql(defined().contribute().formatted(month))
                        .param("from", Timestamp.from(from)).param("until", Timestamp.from(from.plus(31, ChronoUnit.DAYS)))
                        .param("sign", 1).update();
            }
        }
        jdbc.sql("""
                        insert into stat_rollup_state (id, definitions) values (1, :definitions)
                        on conflict (id) do update set definitions = excluded.definitions""")
                .param("definitions", defined().text()).update();
        synced = tree;
        log.info("Statistics roll-up built from the record in {} ms", (System.nanoTime() - began) / 1_000_000);
    }

    /**
     * Brings the ancestor table in line with the current tree: the complaints of every agency whose ancestors
     * changed leave the subtrees they were counted in and join the ones they now belong to.
     */
    private void followTree() {
        AgencyTree tree = agencies.tree();
        if (tree == synced) {
            return;
        }
        Map<String, Set<String>> wanted = ancestors(tree);
        Map<String, Set<String>> stored = new HashMap<>();
        jdbc.sql("select agency_code, node_code from stat_agency_ancestor")
                .query((rs, row) -> stored.computeIfAbsent(rs.getString(1), code -> new HashSet<>())
                        .add(rs.getString(2)))
                .list();
        Set<String> moved = new TreeSet<>();
        wanted.forEach((code, nodes) -> {
            if (!nodes.equals(stored.get(code))) {
                moved.add(code);
            }
        });
        stored.keySet().stream().filter(code -> !wanted.containsKey(code)).forEach(moved::add);
        if (!moved.isEmpty()) {
            List<String> numbers = jdbc.sql("select tracking_number from stat_complaint where agency_code = any(:codes)")
                    .param("codes", moved.toArray(String[]::new)).query(String.class).list();
            subtract(numbers);
            writeAncestors(wanted, moved);
            add(numbers);
        }
        synced = tree;
    }

    /** Every agency of the tree with itself and its ancestors. */
    private static Map<String, Set<String>> ancestors(AgencyTree tree) {
        Map<String, Set<String>> ancestors = new HashMap<>();
        for (String code : tree.subtreeCodes(tree.root().code())) {
            Set<String> nodes = new HashSet<>();
            tree.upward(code).stream().map(AgencyNode::code).forEach(nodes::add);
            ancestors.put(code, nodes);
        }
        return ancestors;
    }

    private void writeAncestors(Map<String, Set<String>> ancestors, Set<String> codes) {
        jdbc.sql("delete from stat_agency_ancestor where agency_code = any(:codes)")
                .param("codes", codes.toArray(String[]::new)).update();
        List<String> agencyCodes = new ArrayList<>();
        List<String> nodeCodes = new ArrayList<>();
        for (String code : codes) {
            for (String node : ancestors.getOrDefault(code, Set.of())) {
                agencyCodes.add(code);
                nodeCodes.add(node);
            }
        }
        jdbc.sql("insert into stat_agency_ancestor (agency_code, node_code) select * from unnest(:agencies, :nodes)")
                .param("agencies", agencyCodes.toArray(String[]::new)).param("nodes", nodeCodes.toArray(String[]::new))
                .update();
    }

    /**
     * Every measure's count over the complaints of a tag ({@link ComplaintTags}) filed from {@code from} up to the day
     * before {@code until} (WIB), read from the record itself (a set is small beside the roll-up it would need) with
     * the same contributions as every roll-up row.
     */
    Map<String, Long> totalsOfTag(String tag, java.time.LocalDate from, java.time.LocalDate until,
                                  boolean withConfidential) {
        Map<String, Long> totals = new HashMap<>();
        jdbc.sql("""
                        select m.key, sum(m.n)
                          from stat_complaint_tag t join stat_complaint s using (tracking_number)
                               cross join lateral (values %s) m(key, n)
                         where t.tag = :tag and s.submitted_at >= :from and s.submitted_at < :until
                           and s.agency_code is not null and s.confidential is not null
                           and (:confidential or not s.confidential) and m.key is not null and m.n is not null
                         group by m.key""".formatted(Measures.contributions(agencies.tree().root().code())))
                .param("tag", tag).param("confidential", withConfidential)
                .param("from", java.sql.Timestamp.from(from.atStartOfDay(Scope.PERIOD_ZONE).toInstant()))
                .param("until", java.sql.Timestamp.from(until.atStartOfDay(Scope.PERIOD_ZONE).toInstant()))
                .query((rs, row) -> totals.put(rs.getString(1), rs.getLong(2))).list();
        return totals;
    }

    /** Every measure's count over the scope. */
    Map<String, Long> totals(Scope scope) {
        Map<String, Long> totals = new HashMap<>();
        jdbc.sql("select m.key, sum(m.value::bigint) from stat_rollup r cross join lateral jsonb_each_text(r.counts) m"
                        + where(scope) + " group by m.key")
                .params(params(scope))
                .query((rs, row) -> totals.put(rs.getString(1), rs.getLong(2))).list();
        return totals;
    }

    /**
     * The totals of some measures over the scope (0 for one nothing counted towards). Reads only those keys, each
     * row's counts unpacked once ({@code jsonb_to_record}; one {@code ->>} per key would unpack the row per key).
     */
    Map<String, Long> totals(Scope scope, Collection<String> keys) {
        List<String> ordered = List.copyOf(keys);
        Map<String, Long> totals = new HashMap<>();
        jdbc.sql("select " + sums(ordered).substring(2) + from(ordered) + where(scope))
                .params(params(scope))
                .query((rs, row) -> {
                    for (int i = 0; i < ordered.size(); i++) {
                        totals.put(ordered.get(i), rs.getLong(i + 1));
                    }
                    return totals;
                })
                .single();
        return totals;
    }

    /** The counts of some measures month by month (Western Indonesia Time), for the months that have any. */
    Map<YearMonth, long[]> monthly(Scope scope, List<String> keys) {
        Map<YearMonth, long[]> months = new LinkedHashMap<>();
        jdbc.sql("select to_char(r.day, 'YYYY-MM')" + sums(keys) + from(keys) + where(scope) + " group by 1")
                .params(params(scope))
                .query((rs, row) -> {
                    long[] counts = new long[keys.size()];
                    for (int i = 0; i < counts.length; i++) {
                        counts[i] = rs.getLong(i + 2);
                    }
                    return months.put(YearMonth.parse(rs.getString(1)), counts);
                })
                .list();
        return months;
    }

    /** {@code , sum(m."key0"), sum(m."key1"), …}: the keys are the measures' own names, never input. */
    private static String sums(List<String> keys) {
        StringBuilder sums = new StringBuilder();
        keys.forEach(key -> sums.append(", coalesce(sum(m.").append(quoted(key)).append("), 0)"));
        return sums.toString();
    }

    private static String from(List<String> keys) {
        StringBuilder columns = new StringBuilder();
        keys.forEach(key -> columns.append(columns.isEmpty() ? "" : ", ").append(quoted(key)).append(" bigint"));
        return " from stat_rollup r cross join lateral jsonb_to_record(r.counts) as m(" + columns + ")";
    }

    private static String quoted(String key) {
        return '"' + key.replace("\"", "\"\"") + '"';
    }

    /**
     * The scope's rows: its whole months from the month rows, the days before the first and after the last whole
     * month from the day rows (parameters from {@link #params}).
     */
    private static String where(Scope scope) {
        return " where r.node_code = :node and r.subtree = :subtree"
                + " and ((r.span = 'M' and r.day between :firstMonth and :lastMonth)"
                + " or (r.span = 'D' and (r.day between :from and :headTo or r.day between :tailFrom and :to)))"
                + (scope.publicOnly() ? " and not r.confidential" : "");
    }

    private static Map<String, Object> params(Scope scope) {
        LocalDate from = scope.from();
        LocalDate to = scope.to();
        LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate afterLastWhole = to.plusDays(1).withDayOfMonth(1);
        Map<String, Object> params = new HashMap<>(Map.of("node", scope.agencyCode(), "subtree", scope.subtree(),
                "from", from, "to", to));
        if (firstWhole.isBefore(afterLastWhole)) {
            params.put("firstMonth", firstWhole);
            params.put("lastMonth", afterLastWhole.minusMonths(1));
            params.put("headTo", firstWhole.minusDays(1));
            params.put("tailFrom", afterLastWhole);
        } else {
            // No whole month: every day from the day rows, no month row (an empty range).
            params.put("firstMonth", to.plusDays(1));
            params.put("lastMonth", from.minusDays(1));
            params.put("headTo", to);
            params.put("tailFrom", to.plusDays(1));
        }
        return params;
    }
}
