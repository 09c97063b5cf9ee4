package id.sp4n.portal.evaluation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.agency.AgencyTree;
import id.sp4n.portal.leadership.LeadershipSummaries;
import id.sp4n.portal.policy.PolicyRegister;
import id.sp4n.portal.statistics.BodyFigures;
import id.sp4n.portal.statistics.Scope;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rankings of every ranked body for a period, computed from the statistics' counts with one method version and kept
 * (docs/0043). A period's ranking uses the newest version published before the period ended (an ongoing period: the
 * newest), so publishing a new version never changes a past ranking. An ongoing period's ranking is provisional and
 * computed again every 10 minutes; the first one computed after the period ended is final and never computed again.
 */
@Service
public class Rankings {

    private static final Logger log = LoggerFactory.getLogger(Rankings.class);
    private static final String ROW_COLUMNS = "agency_code, agency_name, body_class, peer_group, counts::text, score, rank,"
            + " policy_actions, leadership_points, leadership_months";

    private final JdbcClient jdbc;
    private final BodyFigures figures;
    private final PolicyRegister policies;
    private final LeadershipSummaries leadership;
    private final RankingMethods methods;
    private final AgencyHierarchy agencies;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate transaction;

    Rankings(JdbcClient jdbc, BodyFigures figures, PolicyRegister policies, LeadershipSummaries leadership,
             RankingMethods methods, AgencyHierarchy agencies, JsonMapper json,
             Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.figures = figures;
        this.policies = policies;
        this.leadership = leadership;
        this.methods = methods;
        this.agencies = agencies;
        this.json = json;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A kept ranking: {@code computedAt} is when its counts were read. */
    public record Ranking(long id, RankingPeriod period, RankingMethod method, Instant computedAt, boolean isFinal) {
    }

    /** One body's line of a ranking; {@code score} and {@code rank} are null for a body not ranked. */
    public record Row(String agencyCode, String agencyName, BodyClass bodyClass, RankingMethod.PeerGroup peerGroup,
                      BodyFigures.Counts counts, long policyActions, long leadershipPoints, long leadershipMonths,
                      BigDecimal score, Integer rank) {

        public boolean ranked() {
            return rank != null;
        }

        public Evidence evidence() {
            return new Evidence(counts, policyActions, leadershipPoints, leadershipMonths);
        }

        /** An indicator's share in percent (one decimal), null when too few to judge. */
        public BigDecimal percent(Indicator indicator) {
            return indicator.percent(evidence());
        }
    }

    /** The ranking shown for a period: the kept one, computed first if there is none yet (or a final one is due). */
    public Ranking of(RankingPeriod period) {
        RankingMethod method = methodFor(period);
        Optional<Ranking> kept = kept(period, method.version());
        if (kept.isPresent() && (kept.get().isFinal() || !period.endedBy(today()))) {
            return kept.get();
        }
        return compute(period, method, true);
    }

    /** The version a period is ranked with. */
    public RankingMethod methodFor(RankingPeriod period) {
        if (!period.endedBy(today())) {
            return methods.published().getFirst();
        }
        return methods.publishedBy(period.lastDay().plusDays(1).atStartOfDay(Scope.PERIOD_ZONE).toInstant());
    }

    /**
     * Computes the period's ranking with a method version and keeps it in place of the one kept for both (one
     * computation at a time across instances: a transaction-scoped advisory lock).
     */
    public Ranking compute(RankingPeriod period, RankingMethod method) {
        return compute(period, method, false);
    }

    /** {@code unlessKept}: another instance (or request) may have computed it while this one waited for the lock. */
    private Ranking compute(RankingPeriod period, RankingMethod method, boolean unlessKept) {
        return transaction.execute(tx -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('eval_ranking'), hashtext(:period))")
                    .param("period", period.toString()).query().singleRow();
            Optional<Ranking> kept = kept(period, method.version());
            if (unlessKept && kept.isPresent() && (kept.get().isFinal() || !period.endedBy(today()))) {
                return kept.get();
            }
            long began = System.nanoTime();
            AgencyTree tree = agencies.tree();
            List<Scoring.Body> bodies = new ArrayList<>();
            for (String code : tree.subtreeCodes(tree.root().code())) {
                tree.find(code).ifPresent(node -> BodyClass.of(node)
                        .ifPresent(bodyClass -> bodies.add(new Scoring.Body(code, node.name(), bodyClass))));
            }
            List<Scoring.Scored> scored = Scoring.rank(bodies, evidence(period, tree), method, period.months());
            Instant now = clock.instant();
            jdbc.sql("delete from eval_ranking where period = :period and method_version = :version")
                    .param("period", period.toString()).param("version", method.version()).update();
            long id = jdbc.sql("""
                            insert into eval_ranking (period, method_version, computed_at, final)
                            values (:period, :version, :at, :final) returning id""")
                    .param("period", period.toString()).param("version", method.version())
                    .param("at", Timestamp.from(now)).param("final", period.endedBy(today()))
                    .query(Long.class).single();
            List<Scoring.Scored> listed = new ArrayList<>(scored);
            listed.sort(LIST_ORDER);
            Map<BodyClass, Integer> positions = new java.util.EnumMap<>(BodyClass.class);
            jdbc.sql("""
                            insert into eval_ranking_row (ranking_id, agency_code, agency_name, body_class, peer_group,
                                                          counts, policy_actions, leadership_points,
                                                          leadership_months, score, rank, list_position)
                            select :id, code, name, class, grp, cast(counts as jsonb), actions, points, months, score,
                                   rank, position
                              from unnest(:codes::varchar[], :names::varchar[], :classes::varchar[], :groups::varchar[],
                                          :counts::text[], :actions::int[], :points::int[], :months::int[],
                                          :scores::numeric[], :ranks::int[], :positions::int[])
                                   as r(code, name, class, grp, counts, actions, points, months, score, rank,
                                        position)""")
                    .param("id", id)
                    .param("positions", column(listed, s -> String.valueOf(
                            positions.merge(s.body().bodyClass(), 1, Integer::sum) - 1)))
                    .param("codes", column(listed, s -> s.body().code()))
                    .param("names", column(listed, s -> s.body().name()))
                    .param("classes", column(listed, s -> s.body().bodyClass().name()))
                    .param("groups", column(listed, s -> s.peerGroup().name()))
                    .param("counts", column(listed, s -> json.writeValueAsString(s.evidence().counts())))
                    .param("actions", column(listed, s -> String.valueOf(s.evidence().policyActions())))
                    .param("points", column(listed, s -> String.valueOf(s.evidence().leadershipPoints())))
                    .param("months", column(listed, s -> String.valueOf(s.evidence().leadershipMonths())))
                    .param("scores", column(listed, s -> s.score() == null ? null : s.score().toPlainString()))
                    .param("ranks", column(listed, s -> s.rank() == null ? null : s.rank().toString()))
                    .update();
            log.info("Ranking {} with method {} computed for {} bodies in {} ms", period, method.version(),
                    scored.size(), (System.nanoTime() - began) / 1_000_000);
            return new Ranking(id, period, method, now, period.endedBy(today()));
        });
    }

    /**
     * Every body's evidence: its subtree's counts, the policy follow-ups done in the period by any agency of its
     * subtree (each counted for the agency and every one above it), and its own head's involvement.
     */
    private Map<String, Evidence> evidence(RankingPeriod period, AgencyTree tree) {
        Map<String, BodyFigures.Counts> counts = figures.of(period.firstMonth(), period.lastMonth());
        Map<String, Long> actions = new java.util.HashMap<>();
        policies.actionsDone(period.firstDay(), period.lastDay().plusDays(1), Evidence.CITED_AT_LEAST)
                .forEach((agency, done) -> tree.upward(agency)
                        .forEach(node -> actions.merge(node.code(), done, Long::sum)));
        Map<String, LeadershipSummaries.Involvement> involvement = leadership.involvement(period.firstMonth(),
                period.lastMonth());
        Map<String, Evidence> evidence = new java.util.HashMap<>();
        counts.forEach((code, own) -> {
            LeadershipSummaries.Involvement head = involvement.getOrDefault(code,
                    new LeadershipSummaries.Involvement(0, 0, 0));
            evidence.put(code, new Evidence(own, actions.getOrDefault(code, 0L), head.acknowledged() + head.active(),
                    head.issued()));
        });
        return evidence;
    }

    private static String[] column(List<Scoring.Scored> rows, java.util.function.Function<Scoring.Scored, String> value) {
        return rows.stream().map(value).toArray(String[]::new);
    }

    /** The kept rankings of ongoing periods are computed again from the figures as they are now. */
    @Scheduled(fixedDelayString = "${portal.evaluation.refresh-interval:PT10M}", initialDelayString = "PT2M")
    @SchedulerLock(name = "ranking-refresh", lockAtMostFor = "PT30M")
    public void refreshProvisional() {
        List<String> provisional = jdbc.sql("select distinct period from eval_ranking where not final")
                .query(String.class).list();
        for (String written : provisional) {
            RankingPeriod period = RankingPeriod.parse(written, today());
            compute(period, methodFor(period));
        }
    }

    private Optional<Ranking> kept(RankingPeriod period, int version) {
        return jdbc.sql("select id, computed_at, final from eval_ranking where period = :period and method_version = :version")
                .param("period", period.toString()).param("version", version)
                .query((rs, row) -> new Ranking(rs.getLong(1), period, methods.version(version),
                        rs.getTimestamp(2).toInstant(), rs.getBoolean(3)))
                .optional();
    }

    /** The first {@code top} ranks of every class and peer group (ties at the last rank included). */
    public List<Row> top(Ranking ranking, int top) {
        return jdbc.sql("select " + ROW_COLUMNS + " from eval_ranking_row where ranking_id = :id and rank <= :top"
                        + " order by body_class, peer_group, rank, list_position")
                .param("id", ranking.id()).param("top", top).query(this::row).list();
    }

    /** One page of a class: ranked first by peer group and rank, then the bodies not ranked, by name. */
    public List<Row> ofClass(Ranking ranking, BodyClass bodyClass, int offset, int limit) {
        return jdbc.sql("select " + ROW_COLUMNS + " from eval_ranking_row where ranking_id = :id and body_class = :class"
                        + " and list_position >= :offset and list_position < :end order by list_position")
                .param("id", ranking.id()).param("class", bodyClass.name()).param("offset", offset)
                .param("end", (long) offset + limit).query(this::row).list();
    }

    /** A class's full list: the ranked by peer group and rank, then those not ranked; equal places by name, code. */
    private static final java.util.Comparator<Scoring.Scored> LIST_ORDER = java.util.Comparator
            .comparing((Scoring.Scored s) -> s.body().bodyClass())
            .thenComparing(s -> !s.ranked())
            .thenComparing(Scoring.Scored::peerGroup)
            .thenComparing(s -> s.rank() == null ? Integer.MAX_VALUE : s.rank())
            .thenComparing(s -> s.body().name()).thenComparing(s -> s.body().code());

    /** How many bodies of each class a ranking lists, and how many of them are ranked: {@code [all, ranked]}. */
    public Map<BodyClass, long[]> sizes(Ranking ranking) {
        Map<BodyClass, long[]> sizes = new java.util.EnumMap<>(BodyClass.class);
        jdbc.sql("select body_class, count(*), count(rank) from eval_ranking_row where ranking_id = :id group by 1")
                .param("id", ranking.id())
                .query((rs, row) -> sizes.put(BodyClass.valueOf(rs.getString(1)),
                        new long[] {rs.getLong(2), rs.getLong(3)}))
                .list();
        return sizes;
    }

    /** A body's line of a ranking, if the ranking lists it. */
    public Optional<Row> rowOf(Ranking ranking, String agencyCode) {
        return jdbc.sql("select " + ROW_COLUMNS + " from eval_ranking_row where ranking_id = :id and agency_code = :code")
                .param("id", ranking.id()).param("code", agencyCode).query(this::row).optional();
    }

    private Row row(ResultSet rs, int row) throws SQLException {
        int rank = rs.getInt(7);
        Integer ranked = rs.wasNull() ? null : rank;
        return new Row(rs.getString(1), rs.getString(2), BodyClass.valueOf(rs.getString(3)),
                RankingMethod.PeerGroup.valueOf(rs.getString(4)),
                json.readValue(rs.getString(5), BodyFigures.Counts.class), rs.getLong(8), rs.getLong(9), rs.getLong(10),
                rs.getBigDecimal(6), ranked);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Scope.PERIOD_ZONE));
    }
}
