package id.sp4n.portal.competition;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.agency.AgencyNode;
import id.sp4n.portal.audit.AuditLog;
import id.sp4n.portal.evaluation.BodyClass;
import id.sp4n.portal.evaluation.RankingPeriod;
import id.sp4n.portal.evaluation.Rankings;
import id.sp4n.portal.identity.PortalUser;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.shared.ActionForbiddenException;
import id.sp4n.portal.shared.FormInput;
import id.sp4n.portal.shared.InvalidRequestException;
import id.sp4n.portal.shared.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rounds from opening to published winners. Who may do what: the national admin opens a round, closes registration
 * and self-assessment, and publishes; an agency admin registers their own agency and keeps its entry until it is
 * submitted; evaluators (oversight accounts) score the submitted entries' criteria the portal does not measure.
 * Every step is audited; a step out of turn is refused with the reason.
 */
@Service
@Transactional
public class Competitions {

    public static final int TOP = 10;
    public static final int MOST_EVIDENCE_BYTES = 5 * 1024 * 1024;
    public static final int MOST_FILES_PER_CRITERION = 5;

    private static final String ROUND = "id, year, name, classes, registration_until, assessment_until, status,"
            + " opened_at, published_at, version";
    private static final String ENTRY = "id, round_id, agency_code, body_class, registered_at, submitted_at,"
            + " final_score, rank";

    public record Answer(Criterion criterion, Integer selfScore, String narrative, Instant updatedAt) {
    }

    public record EvidenceFile(long id, long entryId, Criterion criterion, String fileName, int sizeBytes,
                               Instant uploadedAt) {
    }

    public record Score(Criterion criterion, long evaluatorAccountId, String evaluatorName, int score, String comment,
                        Instant scoredAt) {
    }

    /**
     * An entry with everything behind it: {@code measured} the portal's figure for each measured criterion (percent,
     * null when too few to judge), the entrant's answers and evidence, and the evaluators' scores.
     */
    public record Assessment(Round round, Entry entry, Map<Criterion, BigDecimal> measured,
                             Map<Criterion, Answer> answers, List<EvidenceFile> evidence, List<Score> scores) {

        public List<EvidenceFile> evidenceFor(Criterion criterion) {
            return evidence.stream().filter(file -> file.criterion() == criterion).toList();
        }

        public List<Score> scoresFor(Criterion criterion) {
            return scores.stream().filter(score -> score.criterion() == criterion).toList();
        }
    }

    private final JdbcClient jdbc;
    private final AgencyHierarchy agencies;
    private final Rankings rankings;
    private final AuditLog audit;
    private final Clock clock;

    Competitions(JdbcClient jdbc, AgencyHierarchy agencies, Rankings rankings, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.rankings = rankings;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Round> rounds() {
        return jdbc.sql("select " + ROUND + " from competition_round order by year desc").query(Competitions::roundRow).list();
    }

    @Transactional(readOnly = true)
    public Round round(long id) {
        return jdbc.sql("select " + ROUND + " from competition_round where id = ?").param(id).query(Competitions::roundRow)
                .optional().orElseThrow(() -> new RecordNotFoundException("competition.error.round", id));
    }

    /** Opens a round for a year: its classes (BodyClass names) and the last days of registration and assessment. */
    public Round open(PortalUser admin, String year, String name, List<String> classes, String registrationUntil,
                      String assessmentUntil) {
        requireRole(admin, Role.NATIONAL_ADMIN);
        int theYear;
        try {
            theYear = Integer.parseInt(year == null ? "" : year.strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidRequestException("competition.error.year", FormInput.shortened(year));
        }
        if (theYear < 2018 || theYear > 2100) {
            throw new InvalidRequestException("competition.error.year", FormInput.shortened(year));
        }
        String title = FormInput.requiredText(name, 150, "competition.error.name");
        List<BodyClass> chosen = new ArrayList<>();
        for (String given : classes == null ? List.<String>of() : classes) {
            chosen.add(FormInput.choice(BodyClass.class, given, "competition.error.class"));
        }
        if (chosen.isEmpty()) {
            throw new InvalidRequestException("competition.error.noClass");
        }
        LocalDate registration = FormInput.optionalDate(registrationUntil, "competition.error.date",
                FormInput.shortened(registrationUntil));
        LocalDate assessment = FormInput.optionalDate(assessmentUntil, "competition.error.date",
                FormInput.shortened(assessmentUntil));
        if (registration == null || assessment == null) {
            throw new InvalidRequestException("competition.error.dates");
        }
        if (assessment.isBefore(registration) || registration.isBefore(today())) {
            throw new InvalidRequestException("competition.error.dateOrder");
        }
        if (jdbc.sql("select exists (select 1 from competition_round where year = ?)").param(theYear)
                .query(Boolean.class).single()) {
            throw new InvalidRequestException("competition.error.yearTaken", String.valueOf(theYear));
        }
        long id = jdbc.sql("""
                        insert into competition_round (year, name, classes, registration_until, assessment_until,
                                                       opened_at)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(theYear, title, chosen.stream().map(Enum::name).toArray(String[]::new), registration,
                        assessment, Timestamp.from(clock.instant()))
                .query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("year", theYear);
        after.put("name", title);
        after.put("classes", chosen.stream().map(Enum::name).toList());
        after.put("registrationUntil", registration.toString());
        after.put("assessmentUntil", assessment.toString());
        audit.record(actor(admin), "COMPETITION_OPEN", "competition_round", String.valueOf(id), null, after);
        return round(id);
    }

    /** The classes an agency admin's own agency competes in, if any: the agency must be of a class of the round. */
    @Transactional(readOnly = true)
    public Optional<BodyClass> classOf(Round round, String agencyCode) {
        return agencies.tree().find(agencyCode).flatMap(BodyClass::of).filter(round.classes()::contains);
    }

    /** Registers the admin's own agency while registration is open. */
    public Entry register(PortalUser admin, long roundId) {
        requireRole(admin, Role.AGENCY_ADMIN);
        Round round = round(roundId);
        if (round.status() != Round.Status.OPEN || today().isAfter(round.registrationUntil())) {
            throw new InvalidRequestException("competition.error.registrationClosed");
        }
        BodyClass bodyClass = classOf(round, admin.agencyCode()).orElseThrow(() ->
                new InvalidRequestException("competition.error.notInClasses"));
        Optional<Long> id = jdbc.sql("""
                        insert into competition_entry (round_id, agency_code, body_class, registered_at)
                        values (?, ?, ?, ?) on conflict (round_id, agency_code) do nothing returning id""")
                .params(roundId, admin.agencyCode(), bodyClass.name(), Timestamp.from(clock.instant()))
                .query(Long.class).optional();
        if (id.isEmpty()) {
            throw new InvalidRequestException("competition.error.registered");
        }
        audit.record(actor(admin), "COMPETITION_REGISTER", "competition_entry", String.valueOf(id.get()), null,
                Map.of("round", roundId, "agency", admin.agencyCode()));
        return entry(id.get());
    }

    @Transactional(readOnly = true)
    public Entry entry(long id) {
        return jdbc.sql("select " + ENTRY + " from competition_entry where id = ?").param(id)
                .query(Competitions::entry).optional()
                .orElseThrow(() -> new RecordNotFoundException("competition.error.entry", id));
    }

    @Transactional(readOnly = true)
    public Optional<Entry> entryOf(long roundId, String agencyCode) {
        return jdbc.sql("select " + ENTRY + " from competition_entry where round_id = ? and agency_code = ?")
                .params(roundId, agencyCode).query(Competitions::entry).optional();
    }

    /** A round's entries by class, then by rank once published, then by agency. */
    @Transactional(readOnly = true)
    public List<Entry> entries(long roundId) {
        return jdbc.sql("select " + ENTRY + " from competition_entry where round_id = ?"
                        + " order by body_class, rank nulls last, agency_code")
                .param(roundId).query(Competitions::entry).list();
    }

    /** Who may read an entry whole: its agency's admins (and those above), evaluators and the national admin. */
    @Transactional(readOnly = true)
    public boolean mayRead(PortalUser user, Entry entry) {
        return user.role() == Role.NATIONAL_ADMIN || user.role() == Role.OVERSIGHT || mayKeep(user, entry);
    }

    private boolean mayKeep(PortalUser user, Entry entry) {
        return user.role() == Role.AGENCY_ADMIN && user.agencyCode() != null
                && agencies.tree().isWithin(entry.agencyCode(), user.agencyCode());
    }

    @Transactional(readOnly = true)
    public Assessment assessment(PortalUser user, long entryId) {
        Entry entry = entry(entryId);
        if (!mayRead(user, entry)) {
            throw new ActionForbiddenException("competition.error.notYours");
        }
        Round round = round(entry.roundId());
        Map<Criterion, Answer> answers = new EnumMap<>(Criterion.class);
        jdbc.sql("select criterion, self_score, narrative, updated_at from competition_answer where entry_id = ?")
                .param(entryId).query((rs, row) -> {
                    Criterion criterion = Criterion.valueOf(rs.getString(1));
                    int self = rs.getInt(2);
                    return answers.put(criterion, new Answer(criterion, rs.wasNull() ? null : self, rs.getString(3),
                            rs.getTimestamp(4).toInstant()));
                }).list();
        List<EvidenceFile> evidence = jdbc.sql("""
                        select id, entry_id, criterion, file_name, size_bytes, uploaded_at from competition_evidence
                         where entry_id = ? order by id""").param(entryId)
                .query((rs, row) -> new EvidenceFile(rs.getLong(1), rs.getLong(2), Criterion.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getInt(5), rs.getTimestamp(6).toInstant())).list();
        List<Score> scores = jdbc.sql("""
                        select criterion, evaluator_account_id, evaluator_name, score, comment, scored_at
                          from competition_score where entry_id = ? order by criterion, scored_at""").param(entryId)
                .query((rs, row) -> new Score(Criterion.valueOf(rs.getString(1)), rs.getLong(2), rs.getString(3),
                        rs.getInt(4), rs.getString(5), rs.getTimestamp(6).toInstant())).list();
        return new Assessment(round, entry, measured(round, entry.agencyCode()), answers, evidence, scores);
    }

    /** The portal's figures of the measured criteria for the round's year (percent; null when too few to judge). */
    @Transactional(readOnly = true)
    public Map<Criterion, BigDecimal> measured(Round round, String agencyCode) {
        RankingPeriod year = RankingPeriod.year(round.year());
        // A year not begun has no figures yet: every measured criterion is too few to judge.
        Optional<Rankings.Row> row = year.firstDay().isAfter(today()) ? Optional.empty()
                : rankings.rowOf(rankings.of(year), agencyCode);
        Map<Criterion, BigDecimal> measured = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            if (criterion.measured()) {
                measured.put(criterion, row.map(r -> r.percent(criterion.measuredBy())).orElse(null));
            }
        }
        return measured;
    }

    /**
     * The entrant's answer on one criterion: a narrative, and for a criterion the portal does not measure their own
     * score (0–100). Only while the entry is theirs to keep: the round open, the assessment not past its last day,
     * the entry not submitted.
     */
    public void answer(PortalUser admin, long entryId, Criterion criterion, String selfScore, String narrative) {
        Entry entry = keepable(admin, entryId);
        String text = FormInput.requiredText(narrative, 4000, "competition.error.narrative");
        Integer score = null;
        if (!criterion.measured()) {
            score = percent(selfScore, "competition.error.selfScore");
        } else if (selfScore != null && !selfScore.isBlank()) {
            throw new InvalidRequestException("competition.error.measured");
        }
        jdbc.sql("""
                        insert into competition_answer (entry_id, criterion, self_score, narrative, updated_at)
                        values (?, ?, ?, ?, ?)
                        on conflict (entry_id, criterion) do update set self_score = excluded.self_score,
                               narrative = excluded.narrative, updated_at = excluded.updated_at""")
                .params(entryId, criterion.name(), score, text, Timestamp.from(clock.instant())).update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("criterion", criterion.name());
        after.put("selfScore", score);
        after.put("narrative", text);
        audit.record(actor(admin), "COMPETITION_ANSWER", "competition_entry", String.valueOf(entry.id()), null, after);
    }

    /** A PDF behind a criterion (at most 5 MB, at most 5 a criterion): evidence is read by people, as a document. */
    public EvidenceFile addEvidence(PortalUser admin, long entryId, Criterion criterion, String fileName,
                                    byte[] content) {
        Entry entry = keepable(admin, entryId);
        if (content == null || content.length == 0) {
            throw new InvalidRequestException("competition.error.noFile");
        }
        if (content.length > MOST_EVIDENCE_BYTES) {
            throw new InvalidRequestException("competition.error.fileTooLarge", MOST_EVIDENCE_BYTES / 1024 / 1024);
        }
        if (content.length < 5 || !new String(content, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)
                .equals("%PDF-")) {
            throw new InvalidRequestException("competition.error.notPdf");
        }
        long already = jdbc.sql("select count(*) from competition_evidence where entry_id = ? and criterion = ?")
                .params(entryId, criterion.name()).query(Long.class).single();
        if (already >= MOST_FILES_PER_CRITERION) {
            throw new InvalidRequestException("competition.error.tooManyFiles", MOST_FILES_PER_CRITERION);
        }
        String name = safeName(fileName);
        String sha = sha256(content);
        long id = jdbc.sql("""
                        insert into competition_evidence (entry_id, criterion, file_name, size_bytes, sha256, content,
                                                          uploaded_at)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(entryId, criterion.name(), name, content.length, sha, content, Timestamp.from(clock.instant()))
                .query(Long.class).single();
        audit.record(actor(admin), "COMPETITION_EVIDENCE", "competition_entry", String.valueOf(entry.id()), null,
                Map.of("criterion", criterion.name(), "file", name, "sha256", sha));
        return new EvidenceFile(id, entryId, criterion, name, content.length, clock.instant());
    }

    /** An evidence file's bytes, for those who may read its entry. */
    @Transactional(readOnly = true)
    public byte[] evidenceContent(PortalUser user, long fileId, long entryId) {
        Entry entry = entry(entryId);
        if (!mayRead(user, entry)) {
            throw new ActionForbiddenException("competition.error.notYours");
        }
        return jdbc.sql("select content from competition_evidence where id = ? and entry_id = ?")
                .params(fileId, entryId).query(byte[].class).optional()
                .orElseThrow(() -> new RecordNotFoundException("competition.error.file", fileId));
    }

    /** Hands the entry in: every criterion the evaluators score must be answered with a score. */
    public Entry submit(PortalUser admin, long entryId) {
        Entry entry = keepable(admin, entryId);
        List<String> answered = jdbc.sql("select criterion from competition_answer where entry_id = ?"
                + " and self_score is not null").param(entryId).query(String.class).list();
        List<String> missing = Arrays.stream(Criterion.values()).filter(c -> !c.measured())
                .map(Enum::name).filter(name -> !answered.contains(name)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidRequestException("competition.error.unanswered");
        }
        jdbc.sql("update competition_entry set submitted_at = ? where id = ? and submitted_at is null")
                .params(Timestamp.from(clock.instant()), entryId).update();
        audit.record(actor(admin), "COMPETITION_SUBMIT", "competition_entry", String.valueOf(entryId), null,
                Map.of("agency", entry.agencyCode()));
        return entry(entryId);
    }

    /** Closes registration and self-assessment: evaluators score what was submitted. */
    public Round startEvaluation(PortalUser admin, long roundId) {
        requireRole(admin, Role.NATIONAL_ADMIN);
        Round round = round(roundId);
        if (round.status() != Round.Status.OPEN) {
            throw new InvalidRequestException("competition.error.notOpen");
        }
        jdbc.sql("update competition_round set status = 'EVALUATION', version = version + 1 where id = ?")
                .param(roundId).update();
        audit.record(actor(admin), "COMPETITION_EVALUATE", "competition_round", String.valueOf(roundId),
                Map.of("status", "OPEN"), Map.of("status", "EVALUATION"));
        return round(roundId);
    }

    /** An evaluator's score (0–100) and comment on a criterion the portal does not measure; scoring again replaces it. */
    public void score(PortalUser evaluator, long entryId, Criterion criterion, String score, String comment) {
        requireRole(evaluator, Role.OVERSIGHT);
        Entry entry = entry(entryId);
        Round round = round(entry.roundId());
        if (round.status() != Round.Status.EVALUATION || !entry.submitted()) {
            throw new InvalidRequestException("competition.error.notEvaluating");
        }
        if (criterion.measured()) {
            throw new InvalidRequestException("competition.error.measured");
        }
        int value = percent(score, "competition.error.score");
        String text = FormInput.requiredText(comment, 2000, "competition.error.comment");
        jdbc.sql("""
                        insert into competition_score (entry_id, criterion, evaluator_account_id, evaluator_name, score,
                                                       comment, scored_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (entry_id, criterion, evaluator_account_id) do update
                           set score = excluded.score, comment = excluded.comment, scored_at = excluded.scored_at""")
                .params(entryId, criterion.name(), evaluator.accountId(), evaluator.displayName(), value, text,
                        Timestamp.from(clock.instant()))
                .update();
        audit.record(actor(evaluator), "COMPETITION_SCORE", "competition_entry", String.valueOf(entryId), null,
                Map.of("criterion", criterion.name(), "score", value, "comment", text));
    }

    /**
     * Publishes the round: every submitted entry needs a score on each criterion the evaluators score. Final score =
     * Σ 20 × value ÷ Σ 20 of the criteria judged (a measured one too few to judge is left out, as in the ranking),
     * the evaluated ones the mean of their scores; two decimals half up; ranks per class, equal scores sharing one.
     */
    public Round publish(PortalUser admin, long roundId) {
        requireRole(admin, Role.NATIONAL_ADMIN);
        Round round = round(roundId);
        if (round.status() != Round.Status.EVALUATION) {
            throw new InvalidRequestException("competition.error.notEvaluating");
        }
        List<Entry> submitted = entries(roundId).stream().filter(Entry::submitted).toList();
        Map<Long, BigDecimal> finals = new LinkedHashMap<>();
        List<String> unscored = new ArrayList<>();
        for (Entry entry : submitted) {
            Map<Criterion, BigDecimal> values = new EnumMap<>(Criterion.class);
            measured(round, entry.agencyCode()).forEach((criterion, value) -> {
                if (value != null) {
                    values.put(criterion, value);
                }
            });
            for (Criterion criterion : Criterion.values()) {
                if (!criterion.measured()) {
                    Optional<BigDecimal> mean = jdbc.sql("select avg(score) from competition_score"
                                    + " where entry_id = ? and criterion = ?")
                            .params(entry.id(), criterion.name()).query(BigDecimal.class).optional();
                    if (mean.isEmpty() || mean.get() == null) {
                        unscored.add(agencyName(entry.agencyCode()));
                        break;
                    }
                    values.put(criterion, mean.get());
                }
            }
            BigDecimal sum = values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            finals.put(entry.id(), sum.divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL128)
                    .setScale(2, RoundingMode.HALF_UP));
        }
        if (!unscored.isEmpty()) {
            throw new InvalidRequestException("competition.error.unscored", String.join(", ", unscored));
        }
        Map<BodyClass, List<Entry>> byClass = new EnumMap<>(BodyClass.class);
        submitted.forEach(entry -> byClass.computeIfAbsent(entry.bodyClass(), key -> new ArrayList<>()).add(entry));
        for (List<Entry> entries : byClass.values()) {
            entries.sort(Comparator.comparing((Entry e) -> finals.get(e.id())).reversed()
                    .thenComparing(e -> agencyName(e.agencyCode())));
            BigDecimal previous = null;
            int rank = 0;
            for (int i = 0; i < entries.size(); i++) {
                BigDecimal score = finals.get(entries.get(i).id());
                if (previous == null || score.compareTo(previous) != 0) {
                    rank = i + 1;
                    previous = score;
                }
                jdbc.sql("update competition_entry set final_score = ?, rank = ? where id = ?")
                        .params(score, rank, entries.get(i).id()).update();
            }
        }
        jdbc.sql("update competition_round set status = 'PUBLISHED', published_at = ?, version = version + 1"
                + " where id = ?").params(Timestamp.from(clock.instant()), roundId).update();
        audit.record(actor(admin), "COMPETITION_PUBLISH", "competition_round", String.valueOf(roundId),
                Map.of("status", "EVALUATION"), Map.of("status", "PUBLISHED", "entries", submitted.size()));
        return round(roundId);
    }

    /** A published round's Top 10 of each class (ties at the tenth place included), best first. */
    @Transactional(readOnly = true)
    public Map<BodyClass, List<Entry>> top(Round round) {
        Map<BodyClass, List<Entry>> top = new EnumMap<>(BodyClass.class);
        if (round.status() != Round.Status.PUBLISHED) {
            return top;
        }
        for (Entry entry : entries(round.id())) {
            if (entry.rank() != null && entry.rank() <= TOP) {
                top.computeIfAbsent(entry.bodyClass(), key -> new ArrayList<>()).add(entry);
            }
        }
        return top;
    }

    /** Whether {@code user} may still change the entry (for showing its forms). */
    @Transactional(readOnly = true)
    public boolean editable(PortalUser user, Entry entry) {
        return mayKeep(user, entry) && !entry.submitted() && assessmentOpen(round(entry.roundId()));
    }

    /** Whether {@code user} may score the entry now. */
    @Transactional(readOnly = true)
    public boolean scorable(PortalUser user, Entry entry) {
        return user.role() == Role.OVERSIGHT && entry.submitted()
                && round(entry.roundId()).status() == Round.Status.EVALUATION;
    }

    private boolean assessmentOpen(Round round) {
        return round.status() == Round.Status.OPEN && !today().isAfter(round.assessmentUntil());
    }

    private Entry keepable(PortalUser admin, long entryId) {
        Entry entry = entry(entryId);
        if (!mayKeep(admin, entry)) {
            throw new ActionForbiddenException("competition.error.notYours");
        }
        if (!assessmentOpen(round(entry.roundId()))) {
            throw new InvalidRequestException("competition.error.assessmentClosed");
        }
        if (entry.submitted()) {
            throw new InvalidRequestException("competition.error.submitted");
        }
        return entry;
    }

    private static int percent(String given, String message) {
        try {
            int value = Integer.parseInt(given == null ? "" : given.strip());
            if (value < 0 || value > 100) {
                throw new InvalidRequestException(message);
            }
            return value;
        } catch (NumberFormatException notANumber) {
            throw new InvalidRequestException(message);
        }
    }

    private static void requireRole(PortalUser user, Role role) {
        if (user == null || user.role() != role) {
            throw new ActionForbiddenException("competition.error.role");
        }
    }

    private String agencyName(String code) {
        return agencies.tree().find(code).map(AgencyNode::name).orElse(code);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Jakarta")));
    }

    private static String safeName(String given) {
        String name = given == null ? "" : given.replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
        if (name.isEmpty()) {
            name = "bukti.pdf";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static AuditLog.Actor actor(PortalUser user) {
        return new AuditLog.Actor(user.accountId(), user.displayName());
    }

    private static Round roundRow(ResultSet rs, int row) throws SQLException {
        Array classes = rs.getArray(4);
        Timestamp published = rs.getTimestamp(9);
        return new Round(rs.getLong(1), rs.getInt(2), rs.getString(3),
                Arrays.stream((String[]) classes.getArray()).map(BodyClass::valueOf).toList(),
                rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                Round.Status.valueOf(rs.getString(7)), rs.getTimestamp(8).toInstant(),
                published == null ? null : published.toInstant(), rs.getLong(10));
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        Timestamp submitted = rs.getTimestamp(6);
        int rank = rs.getInt(8);
        return new Entry(rs.getLong(1), rs.getLong(2), rs.getString(3), BodyClass.valueOf(rs.getString(4)),
                rs.getTimestamp(5).toInstant(), submitted == null ? null : submitted.toInstant(), rs.getBigDecimal(7),
                rs.wasNull() ? null : rank);
    }
}
