package id.sp4n.portal.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.sp4n.portal.audit.AuditLog;
import id.sp4n.portal.shared.InvalidRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published versions of the method and the one draft the national admin edits: saving and publishing are audited;
 * a published version is never changed again.
 */
@Service
@Transactional
public class RankingMethods {

    private static final String COLUMNS = "version, weights::text, minimum_volume, large_from, medium_from,"
            + " very_good_from, good_from, fair_from, note, published_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditLog audit;
    private final Clock clock;

    RankingMethods(JdbcClient jdbc, JsonMapper json, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every published version, newest first. */
    @Transactional(readOnly = true)
    public List<RankingMethod> published() {
        return jdbc.sql("select " + COLUMNS + " from eval_method where published_at is not null order by version desc")
                .query(this::method).list();
    }

    @Transactional(readOnly = true)
    public RankingMethod version(int version) {
        return jdbc.sql("select " + COLUMNS + " from eval_method where version = ?").param(version)
                .query(this::method).single();
    }

    /** The newest version published by {@code moment}; the first one if none was yet (a period before the portal). */
    @Transactional(readOnly = true)
    public RankingMethod publishedBy(Instant moment) {
        List<RankingMethod> all = published();
        return all.stream().filter(method -> !method.publishedAt().isAfter(moment)).findFirst()
                .orElse(all.getLast());
    }

    @Transactional(readOnly = true)
    public Optional<RankingMethod> draft() {
        return jdbc.sql("select " + COLUMNS + " from eval_method where published_at is null").query(this::method)
                .optional();
    }

    /**
     * Keeps the draft as given, checked as a whole first: weights whole numbers from 0 to 100 summing to 100, a
     * minimum of at least 10 complaints, peer groups and grades in order.
     */
    public RankingMethod saveDraft(AuditLog.Actor actor, Map<Indicator, Integer> weights, int minimumVolume,
                                   int largeFrom, int mediumFrom, int veryGoodFrom, int goodFrom, int fairFrom,
                                   String note) {
        check(weights, minimumVolume, largeFrom, mediumFrom, veryGoodFrom, goodFrom, fairFrom);
        Optional<RankingMethod> before = draft();
        int version = before.map(RankingMethod::version).orElseGet(() -> jdbc.sql(
                "select coalesce(max(version), 0) + 1 from eval_method").query(Integer.class).single());
        String cleanNote = note == null ? "" : note.strip();
        if (cleanNote.length() > 1000) {
            throw new InvalidRequestException("ranking.method.error.note");
        }
        Map<String, Integer> stored = new LinkedHashMap<>();
        weights.forEach((indicator, weight) -> stored.put(indicator.key(), weight));
        jdbc.sql("""
                        insert into eval_method (version, weights, minimum_volume, large_from, medium_from,
                                                 very_good_from, good_from, fair_from, note)
                        values (:version, cast(:weights as jsonb), :minimum, :large, :medium, :veryGood, :good, :fair,
                                :note)
                        on conflict (version) do update
                           set weights = excluded.weights, minimum_volume = excluded.minimum_volume,
                               large_from = excluded.large_from, medium_from = excluded.medium_from,
                               very_good_from = excluded.very_good_from, good_from = excluded.good_from,
                               fair_from = excluded.fair_from, note = excluded.note
                         where eval_method.published_at is null""")
                .param("version", version).param("weights", json.writeValueAsString(stored))
                .param("minimum", minimumVolume).param("large", largeFrom).param("medium", mediumFrom)
                .param("veryGood", veryGoodFrom).param("good", goodFrom).param("fair", fairFrom)
                .param("note", cleanNote).update();
        RankingMethod saved = version(version);
        audit.record(actor, "RANKING_METHOD_DRAFT", "ranking_method", String.valueOf(version),
                before.map(RankingMethods::described).orElse(Map.of()), described(saved));
        return saved;
    }

    /** Publishes the draft: from now on ongoing periods are ranked with it. */
    public RankingMethod publishDraft(AuditLog.Actor actor) {
        RankingMethod draft = draft().orElseThrow(() -> new InvalidRequestException("ranking.method.error.noDraft"));
        jdbc.sql("update eval_method set published_at = :at, published_by = :by where version = :version")
                .param("at", Timestamp.from(clock.instant())).param("by", actor.name())
                .param("version", draft.version()).update();
        audit.record(actor, "RANKING_METHOD_PUBLISH", "ranking_method", String.valueOf(draft.version()),
                Map.of(), described(draft));
        return version(draft.version());
    }

    private static void check(Map<Indicator, Integer> weights, int minimumVolume, int largeFrom, int mediumFrom,
                              int veryGoodFrom, int goodFrom, int fairFrom) {
        if (weights.size() != Indicator.values().length
                || weights.values().stream().anyMatch(weight -> weight == null || weight < 0 || weight > 100)) {
            throw new InvalidRequestException("ranking.method.error.weight");
        }
        int sum = weights.values().stream().mapToInt(Integer::intValue).sum();
        if (sum != 100) {
            throw new InvalidRequestException("ranking.method.error.sum", sum);
        }
        if (minimumVolume < Indicator.MINIMUM_BASE || minimumVolume > 100_000) {
            throw new InvalidRequestException("ranking.method.error.minimum", Indicator.MINIMUM_BASE);
        }
        if (mediumFrom < 1 || largeFrom <= mediumFrom || largeFrom > 10_000_000) {
            throw new InvalidRequestException("ranking.method.error.groups");
        }
        if (fairFrom < 1 || goodFrom <= fairFrom || veryGoodFrom <= goodFrom || veryGoodFrom > 100) {
            throw new InvalidRequestException("ranking.method.error.grades");
        }
    }

    /** What the audit log keeps of a version. */
    private static Map<String, Object> described(RankingMethod method) {
        Map<String, Object> described = new LinkedHashMap<>();
        method.weights().forEach((indicator, weight) -> described.put(indicator.key(), weight));
        described.put("minimumVolume", method.minimumVolume());
        described.put("largeFrom", method.largeFrom());
        described.put("mediumFrom", method.mediumFrom());
        described.put("veryGoodFrom", method.veryGoodFrom());
        described.put("goodFrom", method.goodFrom());
        described.put("fairFrom", method.fairFrom());
        described.put("note", method.note());
        return described;
    }

    private RankingMethod method(ResultSet rs, int row) throws SQLException {
        Map<String, Integer> stored = json.readValue(rs.getString(2), new TypeReference<Map<String, Integer>>() {
        });
        Map<Indicator, Integer> weights = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            weights.put(indicator, stored.getOrDefault(indicator.key(), 0));
        }
        Timestamp published = rs.getTimestamp(10);
        return new RankingMethod(rs.getInt(1), weights, rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                rs.getInt(7), rs.getInt(8), rs.getString(9), published == null ? null : published.toInstant());
    }
}
