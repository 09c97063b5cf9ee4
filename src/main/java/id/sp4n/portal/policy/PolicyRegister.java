package id.sp4n.portal.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.audit.AuditLog;
import id.sp4n.portal.category.CategoryCatalogue;
import id.sp4n.portal.complaint.PublicComplaintDigests;
import id.sp4n.portal.complaint.TrackingNumber;
import id.sp4n.portal.region.RegionDirectory;
import id.sp4n.portal.shared.ActionForbiddenException;
import id.sp4n.portal.shared.FormInput;
import id.sp4n.portal.shared.InvalidRequestException;
import id.sp4n.portal.shared.RecordNotFoundException;
import id.sp4n.portal.statistics.Scope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's entries and the complaints they cite. An agency admin keeps the entries of their agency's subtree,
 * the national admin any; every change is audited. Only public complaints can be cited (the register is public), and
 * their reporters are told when they are cited and when the action is done.
 */
@Service
@Transactional
public class PolicyRegister {

    public static final int PAGE_SIZE = 20;
    /** Complaints cited by one entry at most: a cluster, not the whole history. */
    public static final int MOST_LINKED = 500;

    private static final String COLUMNS = """
            f.id, f.agency_code, f.title, f.category_code, f.region_code, f.root_cause, f.action_kind, f.action,
            f.owner, f.status, f.planned_on, f.done_on, f.opened_at, f.updated_at, f.version,
            (select count(*) from policy_follow_up_complaint l where l.follow_up_id = f.id)""";

    /** Who keeps entries, and the agency whose subtree they may keep (the root for the national admin). */
    public record Editor(AuditLog.Actor actor, String subtreeCode) {
    }

    private final JdbcClient jdbc;
    private final AgencyHierarchy hierarchy;
    private final CategoryCatalogue categories;
    private final RegionDirectory regions;
    private final PublicComplaintDigests complaints;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PolicyRegister(JdbcClient jdbc, AgencyHierarchy hierarchy, CategoryCatalogue categories, RegionDirectory regions,
                   PublicComplaintDigests complaints, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.hierarchy = hierarchy;
        this.categories = categories;
        this.regions = regions;
        this.complaints = complaints;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Newest first; {@code agencyCode} (optional) keeps those of that agency's subtree. */
    @Transactional(readOnly = true)
    public List<FollowUp> list(String agencyCode, int page) {
        return jdbc.sql("select " + COLUMNS + " from policy_follow_up f" + subtreeFilter(agencyCode)
                        + " order by f.opened_at desc, f.id desc limit :size offset :offset")
                .param("agencies", subtree(agencyCode)).param("size", PAGE_SIZE).param("offset", page * PAGE_SIZE)
                .query(PolicyRegister::followUp).list();
    }

    @Transactional(readOnly = true)
    public long count(String agencyCode) {
        return jdbc.sql("select count(*) from policy_follow_up f" + subtreeFilter(agencyCode))
                .param("agencies", subtree(agencyCode)).query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public Optional<FollowUp> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from policy_follow_up f where f.id = ?").param(id)
                .query(PolicyRegister::followUp).optional();
    }

    /** The complaints the entry cites, as they stand now; one made confidential since is left out. */
    @Transactional(readOnly = true)
    public List<PublicComplaintDigests.Digest> linked(long id) {
        return complaints.find(linkedNumbers(id));
    }

    /**
     * How many entries each agency completed with the action's day in [{@code from}, {@code until}), among those citing
     * at least {@code citedAtLeast} complaints: the data of the ranking's policy-use indicator (docs/0044).
     */
    @Transactional(readOnly = true)
    public Map<String, Long> actionsDone(LocalDate from, LocalDate until, int citedAtLeast) {
        Map<String, Long> done = new java.util.HashMap<>();
        jdbc.sql("""
                        select f.agency_code, count(*) from policy_follow_up f
                         where f.done_on >= :from and f.done_on < :until
                           and (select count(*) from policy_follow_up_complaint l where l.follow_up_id = f.id)
                               >= :cited
                         group by f.agency_code""")
                .param("from", from).param("until", until).param("cited", citedAtLeast)
                .query((rs, row) -> done.put(rs.getString(1), rs.getLong(2))).list();
        return done;
    }

    /** Opens an entry citing {@code numbers} (may be none); a refused citation keeps nothing of it either. */
    public FollowUp open(Editor editor, FollowUpForm form, Collection<String> numbers) {
        Checked entry = check(editor, form);
        List<String> cited = trackingNumbers(numbers);
        Instant now = clock.instant();
        long id = jdbc.sql("""
                        insert into policy_follow_up (agency_code, title, category_code, region_code, root_cause,
                                                      action_kind, action, owner, status, planned_on, done_on,
                                                      opened_at, updated_at)
                        values (:agency, :title, :category, :region, :rootCause, :actionKind, :action, :owner, :status,
                                :plannedOn, :doneOn, :now, :now) returning id""")
                .params(entry.parameters()).param("now", Timestamp.from(now)).query(Long.class).single();
        audit.record(editor.actor(), "POLICY_FOLLOW_UP_OPEN", "policy_follow_up", String.valueOf(id), null,
                entry.form().audited());
        if (!cited.isEmpty()) {
            link(editor, id, cited);
        }
        return find(id).orElseThrow();
    }

    /** Saves the form over the entry as it was at {@code version}; done for the first time: the reporters are told. */
    public FollowUp update(Editor editor, long id, long version, FollowUpForm form) {
        FollowUp before = editable(editor, id);
        Checked entry = check(editor, form);
        Instant now = clock.instant();
        int saved = jdbc.sql("""
                        update policy_follow_up set agency_code = :agency, title = :title, category_code = :category,
                               region_code = :region, root_cause = :rootCause, action_kind = :actionKind,
                               action = :action, owner = :owner, status = :status, planned_on = :plannedOn,
                               done_on = :doneOn, updated_at = :now, version = version + 1
                         where id = :id and version = :version""")
                .params(entry.parameters()).param("now", Timestamp.from(now)).param("id", id)
                .param("version", version).update();
        if (saved == 0) {
            throw new FollowUpChangedMeanwhile();
        }
        audit.record(editor.actor(), "POLICY_FOLLOW_UP_UPDATE", "policy_follow_up", String.valueOf(id),
                FollowUpForm.of(before).audited(), entry.form().audited());
        if (before.status() != FollowUpStatus.DONE && entry.status() == FollowUpStatus.DONE) {
            events.publishEvent(new PolicyActionTaken(id, entry.form().title(), entry.form().agencyCode(),
                    linkedNumbers(id), entry.doneOn(), now));
        }
        return find(id).orElseThrow();
    }

    /**
     * Cites complaints by tracking number (each given value may hold several, separated by commas, spaces or lines;
     * dashes and case do not matter). Every one must be public;
     * otherwise nothing is cited and the refusal names them. Those cited already are skipped; the reporters of the
     * new ones are told.
     */
    public List<String> link(Editor editor, long id, Collection<String> given) {
        FollowUp entry = editable(editor, id);
        List<String> numbers = trackingNumbers(given);
        if (numbers.isEmpty()) {
            throw new InvalidRequestException("policy.error.noComplaints");
        }
        Set<String> found = new java.util.HashSet<>();
        complaints.find(numbers).forEach(digest -> found.add(digest.trackingNumber()));
        List<String> unknown = numbers.stream().filter(number -> !found.contains(number)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidRequestException("policy.error.notPublic",
                    FormInput.shortened(String.join(", ", unknown)));
        }
        if (entry.linked() + numbers.size() > MOST_LINKED) {
            throw new InvalidRequestException("policy.error.tooMany", MOST_LINKED);
        }
        Instant now = clock.instant();
        List<String> fresh = new ArrayList<>();
        for (String number : numbers) {
            if (jdbc.sql("""
                            insert into policy_follow_up_complaint (follow_up_id, tracking_number, linked_at)
                            values (?, ?, ?) on conflict do nothing""")
                    .params(id, number, Timestamp.from(now)).update() == 1) {
                fresh.add(number);
            }
        }
        if (!fresh.isEmpty()) {
            audit.record(editor.actor(), "POLICY_FOLLOW_UP_LINK", "policy_follow_up", String.valueOf(id), null,
                    Map.of("linked", fresh));
            events.publishEvent(new PolicyFollowUpLinked(id, entry.title(), entry.agencyCode(), List.copyOf(fresh),
                    now));
        }
        return fresh;
    }

    public void unlink(Editor editor, long id, String number) {
        editable(editor, id);
        if (jdbc.sql("delete from policy_follow_up_complaint where follow_up_id = ? and tracking_number = ?")
                .params(id, number).update() == 1) {
            audit.record(editor.actor(), "POLICY_FOLLOW_UP_UNLINK", "policy_follow_up", String.valueOf(id),
                    Map.of("linked", List.of(number)), null);
        }
    }

    /** Whether {@code editor} may keep the entry (for showing its edit controls). */
    @Transactional(readOnly = true)
    public boolean mayEdit(Editor editor, FollowUp entry) {
        return editor != null && hierarchy.tree().isWithin(entry.agencyCode(), editor.subtreeCode());
    }

    private FollowUp editable(Editor editor, long id) {
        FollowUp entry = find(id).orElseThrow(() -> new RecordNotFoundException("policy.error.notFound", id));
        if (!mayEdit(editor, entry)) {
            throw new ActionForbiddenException("policy.error.notYours");
        }
        return entry;
    }

    private static List<String> trackingNumbers(Collection<String> given) {
        Set<String> numbers = new LinkedHashSet<>();
        for (String value : given == null ? List.<String>of() : given) {
            for (String number : value == null ? new String[0] : value.split("[\\s,;]+")) {
                if (!number.isBlank()) {
                    numbers.add(TrackingNumber.parse(number).map(TrackingNumber::value).orElse(number));
                }
            }
        }
        return List.copyOf(numbers);
    }

    private List<String> linkedNumbers(long id) {
        return jdbc.sql("select tracking_number from policy_follow_up_complaint where follow_up_id = ?"
                + " order by tracking_number").param(id).query(String.class).list();
    }

    /** The form, checked field by field in the order of the form; the first problem refuses it. */
    private Checked check(Editor editor, FollowUpForm form) {
        String agency = required(form.agencyCode(), 80, "policy.error.agency");
        if (!hierarchy.tree().contains(agency) || !hierarchy.tree().isWithin(agency, editor.subtreeCode())) {
            throw new InvalidRequestException("policy.error.agencyNotYours", FormInput.shortened(agency));
        }
        String title = required(form.title(), 150, "policy.error.title");
        String category = required(form.categoryCode(), 60, "policy.error.category");
        if (categories.find(category).isEmpty()) {
            throw new InvalidRequestException("policy.error.category");
        }
        String region = form.regionCode() == null || form.regionCode().isBlank() ? null : form.regionCode().strip();
        if (region != null && regions.find(region).isEmpty()) {
            throw new InvalidRequestException("policy.error.region", FormInput.shortened(region));
        }
        String rootCause = required(form.rootCause(), 2000, "policy.error.rootCause");
        ActionKind kind = FormInput.choice(ActionKind.class, form.actionKind(), "policy.error.actionKind");
        String action = required(form.action(), 2000, "policy.error.action");
        String owner = required(form.owner(), 150, "policy.error.owner");
        FollowUpStatus status = FormInput.choice(FollowUpStatus.class, form.status(), "policy.error.status");
        LocalDate plannedOn = FormInput.optionalDate(form.plannedOn(), "policy.error.date",
                FormInput.shortened(form.plannedOn()));
        if (plannedOn == null) {
            throw new InvalidRequestException("policy.error.plannedOn");
        }
        LocalDate doneOn = FormInput.optionalDate(form.doneOn(), "policy.error.date",
                FormInput.shortened(form.doneOn()));
        if (status == FollowUpStatus.DONE && doneOn == null) {
            throw new InvalidRequestException("policy.error.doneOnMissing");
        }
        if (status != FollowUpStatus.DONE && doneOn != null) {
            throw new InvalidRequestException("policy.error.doneOnNotDone");
        }
        if (doneOn != null && doneOn.isAfter(LocalDate.now(clock.withZone(Scope.PERIOD_ZONE)))) {
            throw new InvalidRequestException("policy.error.doneOnFuture");
        }
        FollowUpForm clean = new FollowUpForm(agency, title, category, region, rootCause, kind.name(), action, owner,
                status.name(), plannedOn.toString(), doneOn == null ? null : doneOn.toString());
        return new Checked(clean, status, plannedOn, doneOn);
    }

    /** Required text; blank or too long both give the field's own message, which says how long it may be. */
    private static String required(String value, int max, String code) {
        if (value != null && value.strip().length() > max) {
            throw new InvalidRequestException(code);
        }
        return FormInput.requiredText(value, max, code);
    }

    private record Checked(FollowUpForm form, FollowUpStatus status, LocalDate plannedOn, LocalDate doneOn) {

        Map<String, ?> parameters() {
            Map<String, Object> values = new java.util.HashMap<>();
            values.put("agency", form.agencyCode());
            values.put("title", form.title());
            values.put("category", form.categoryCode());
            values.put("region", form.regionCode());
            values.put("rootCause", form.rootCause());
            values.put("actionKind", form.actionKind());
            values.put("action", form.action());
            values.put("owner", form.owner());
            values.put("status", form.status());
            values.put("plannedOn", plannedOn);
            values.put("doneOn", doneOn);
            return values;
        }
    }

    private static String subtreeFilter(String agencyCode) {
        return agencyCode == null ? " where cast(:agencies as varchar[]) is null" : " where f.agency_code = any(:agencies)";
    }

    private String[] subtree(String agencyCode) {
        return agencyCode == null ? null : hierarchy.tree().subtreeCodes(agencyCode).toArray(String[]::new);
    }

    private static FollowUp followUp(ResultSet rs, int row) throws SQLException {
        return new FollowUp(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), ActionKind.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9),
                FollowUpStatus.valueOf(rs.getString(10)), rs.getObject(11, LocalDate.class),
                rs.getObject(12, LocalDate.class), rs.getTimestamp(13).toInstant(), rs.getTimestamp(14).toInstant(),
                rs.getLong(15), rs.getInt(16));
    }
}
