package id.sp4n.portal.complaint.handling;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.agency.AgencyNode;
import id.sp4n.portal.agency.AgencyTree;
import id.sp4n.portal.audit.AuditLog;
import id.sp4n.portal.complaint.CaseAction;
import id.sp4n.portal.complaint.CleanAttachment;
import id.sp4n.portal.complaint.ComplaintActedOn;
import id.sp4n.portal.complaint.ComplaintFacts;
import id.sp4n.portal.complaint.HopRecord;
import id.sp4n.portal.complaint.Rerouting;
import id.sp4n.portal.complaint.TrackingNumber;
import id.sp4n.portal.identity.StaffDirectory;
import id.sp4n.portal.shared.ActionForbiddenException;
import id.sp4n.portal.shared.FormInput;
import id.sp4n.portal.shared.InvalidRequestException;
import id.sp4n.portal.shared.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officers' side of a complaint: inboxes, the case view and the actions. Every action checks who may do
 * it (the agency holding the complaint, its admins above it, the national desk; never oversight), that the
 * officer saw the current version, and that the state machine allows it; then it is audited and published as
 * a {@link ComplaintActedOn} event, all in one transaction.
 * <p>
 * A complaint an officer may not see is reported as not found, exactly like an unknown number.
 */
@Service
@Transactional
public class Casework {

    /** The number of "bukan wewenang" forwards by agencies after which the national desk decides. */
    static final int MAX_OFFICER_FORWARDS = 3;
    /** The longest response, note, question or reason (the timeline's column). */
    static final int TEXT_MAX = 5000;

    private final ComplaintRepository complaints;
    private final ComplaintTracking tracking;
    private final AgencyHierarchy hierarchy;
    private final Rerouting rerouting;
    private final Deadlines deadlines;
    private final StaffDirectory staffDirectory;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    Casework(ComplaintRepository complaints, ComplaintTracking tracking, AgencyHierarchy hierarchy,
             Rerouting rerouting, Deadlines deadlines, StaffDirectory staffDirectory, AuditLog audit,
             ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
        this.complaints = complaints;
        this.tracking = tracking;
        this.hierarchy = hierarchy;
        this.rerouting = rerouting;
        this.deadlines = deadlines;
        this.staffDirectory = staffDirectory;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CaseView find(Staff staff, TrackingNumber number) {
        Complaint complaint = visible(staff, number);
        return view(staff, complaint, false);
    }

    /** The national desk reads an anonymous reporter's identity; every such read is audited. */
    public CaseView reveal(Staff staff, TrackingNumber number) {
        Complaint complaint = visible(staff, number);
        if (staff.scope() != Staff.Scope.NATIONAL) {
            throw new ActionForbiddenException("casework.refused.reveal");
        }
        audit.record(actor(staff), "REVEAL_IDENTITY", "complaint", complaint.trackingNumber(), null, null);
        return view(staff, complaint, true);
    }

    public void verify(Staff staff, TrackingNumber number, long seenVersion, Verification verification) {
        Complaint complaint = actionable(staff, number, seenVersion);
        Map<String, Object> before = classification(complaint);
        Instant now = clock.instant();
        complaint.verify(verification, staff, now);
        List<HopRecord> onwards = rerouting.towardsAuthority(complaint.currentAgencyCode(),
                complaint.categoryCode(), complaint.provinceCode(), complaint.regencyCode());
        CaseAction action = CaseAction.VERIFY;
        if (!onwards.isEmpty()) {
            complaint.forwardAlong(onwards, now);
            action = CaseAction.VERIFY_AND_FORWARD;
        }
        complaint.startWork(staff, now);
        Map<String, Object> after = classification(complaint);
        finish(staff, complaint, action, before, after, now);
    }

    /** A public follow-up, optionally with files (already inspected: type recognised, metadata removed). */
    public void respond(Staff staff, TrackingNumber number, long seenVersion, String text,
                        List<CleanAttachment> attachments) {
        String response = FormInput.requiredText(text, TEXT_MAX, "casework.response.required");
        if (attachments.size() > AttachmentInspector.MAX_FILES) {
            throw new InvalidRequestException("intake.error.attachments.count", AttachmentInspector.MAX_FILES,
                    attachments.size());
        }
        Complaint complaint = actionable(staff, number, seenVersion);
        Map<String, Object> before = Map.of("status", complaint.status().name());
        Instant now = clock.instant();
        ComplaintEntry entry = complaint.respond(response, staff, now);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", complaint.status().name());
        after.put("attachments", attachments.stream().map(CleanAttachment::fileName).toList());
        finish(staff, complaint, CaseAction.RESPOND, before, after, now);
        for (CleanAttachment attachment : attachments) {
            jdbc.sql("""
                            insert into complaint_attachment (complaint_id, entry_id, file_name, media_type, size_bytes,
                                                              sha256, content)
                            values (:complaint, :entry, :name, :type, :size, :sha, :content)""")
                    .param("complaint", complaint.id()).param("entry", entry.id()).param("name", attachment.fileName())
                    .param("type", attachment.mediaType()).param("size", attachment.size())
                    .param("sha", attachment.sha256()).param("content", attachment.content())
                    .update();
        }
    }

    /** Tunda: asks the reporter for information; the reporter's answer puts the complaint back in the queue. */
    public void hold(Staff staff, TrackingNumber number, long seenVersion, String question) {
        String text = FormInput.requiredText(question, TEXT_MAX, "casework.hold.required");
        Complaint complaint = actionable(staff, number, seenVersion);
        Map<String, Object> before = Map.of("status", complaint.status().name());
        Instant now = clock.instant();
        complaint.hold(text, staff, now);
        finish(staff, complaint, CaseAction.HOLD, before, Map.of("status", complaint.status().name()), now);
    }

    /**
     * Bukan wewenang: forwards to another agency with a reason the reporter can read. After three such forwards
     * by agencies, a further one goes to the national desk instead, which decides (domain.md, routing rule 5).
     */
    public void forward(Staff staff, TrackingNumber number, long seenVersion, String targetCode, String reason) {
        String why = FormInput.requiredText(reason, TEXT_MAX, "casework.forward.reasonRequired");
        AgencyTree tree = hierarchy.tree();
        if (targetCode == null || !tree.contains(targetCode)) {
            throw new InvalidRequestException("casework.forward.unknownTarget", targetCode == null ? "" : targetCode);
        }
        Complaint complaint = actionable(staff, number, seenVersion);
        String from = complaint.currentAgencyCode();
        HopRecord hop;
        if (staff.scope() != Staff.Scope.NATIONAL && complaint.officerForwards() >= MAX_OFFICER_FORWARDS) {
            hop = new HopRecord(from, tree.root().code(), HopRecord.ActorKind.STAFF, staff.accountId(),
                    Complaint.OFFICER_FORWARD, "route.hop.nationalDecides",
                    List.of("agency:" + from, String.valueOf(MAX_OFFICER_FORWARDS), why));
        } else {
            hop = new HopRecord(from, targetCode, HopRecord.ActorKind.STAFF, staff.accountId(),
                    Complaint.OFFICER_FORWARD, "route.hop.notOurAuthority", List.of("agency:" + from, why));
        }
        Map<String, Object> before = Map.of("status", complaint.status().name(), "agency", from);
        Instant now = clock.instant();
        complaint.forward(hop, staff, now);
        finish(staff, complaint, CaseAction.FORWARD, before, Map.of("status", complaint.status().name(),
                "agency", complaint.currentAgencyCode(), "reason", why), now);
    }

    /** Whom a complaint can be assigned to: the staff of its holder and the holder's own units. */
    @Transactional(readOnly = true)
    public Assignees assignees(String holderCode) {
        List<Assignees.Unit> units = hierarchy.tree().children(holderCode).stream()
                .map(n -> new Assignees.Unit(n.code(), n.name())).toList();
        List<Assignees.Officer> officers = staffDirectory.workingAt(holderCode).stream()
                .map(m -> new Assignees.Officer(m.accountId(), m.name())).toList();
        return new Assignees(officers, units);
    }

    /** Gives the complaint to an officer of the holding agency. */
    public void assignToOfficer(Staff staff, TrackingNumber number, long seenVersion, long accountId) {
        Complaint complaint = actionable(staff, number, seenVersion);
        Assignees.Officer officer = assignees(complaint.currentAgencyCode()).officers().stream()
                .filter(o -> o.accountId() == accountId).findFirst()
                .orElseThrow(() -> new InvalidRequestException("casework.assign.unknownOfficer"));
        Instant now = clock.instant();
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("assignee", complaint.assignedName());
        complaint.assignTo(officer.accountId(), officer.name(), staff, now);
        finish(staff, complaint, CaseAction.ASSIGN, before, Map.of("assignee", officer.name()), now);
    }

    /** Moves the complaint down to one of the holder's units, which then holds it (a hop on the trail). */
    public void assignToUnit(Staff staff, TrackingNumber number, long seenVersion, String unitCode) {
        Complaint complaint = actionable(staff, number, seenVersion);
        String from = complaint.currentAgencyCode();
        boolean isUnit = assignees(from).units().stream().anyMatch(u -> u.code().equals(unitCode));
        if (!isUnit) {
            throw new InvalidRequestException("casework.assign.unknownUnit");
        }
        Instant now = clock.instant();
        complaint.assignToUnit(new HopRecord(from, unitCode, HopRecord.ActorKind.STAFF, staff.accountId(),
                "ASSIGN_UNIT", "route.hop.assigned", List.of("agency:" + from, "agency:" + unitCode)), staff, now);
        finish(staff, complaint, CaseAction.ASSIGN_UNIT, Map.of("agency", from), Map.of("agency", unitCode), now);
    }

    /**
     * Arsipkan with a reason from the fixed list. A duplicate names its original (by tracking number); if that
     * one is itself a duplicate, the link goes to the first original, so a reporter never follows a dead end.
     */
    public void archive(Staff staff, TrackingNumber number, long seenVersion, ArchiveReason reason,
                        String originalNumber, String note) {
        if (reason == null) {
            throw new InvalidRequestException("casework.archive.reasonRequired");
        }
        String explanation = note == null || note.isBlank() ? null : FormInput.requiredText(note, TEXT_MAX, "casework.archive.reasonRequired");
        Complaint original = null;
        if (reason == ArchiveReason.DUPLICATE) {
            original = TrackingNumber.parse(originalNumber == null ? "" : originalNumber)
                    .flatMap(n -> complaints.findByTrackingNumber(n.value()))
                    .orElseThrow(() -> new InvalidRequestException("casework.archive.unknownOriginal",
                            originalNumber == null ? "" : originalNumber));
            while (original.duplicateOf() != null) {
                original = original.duplicateOf();
            }
        }
        Complaint complaint = actionable(staff, number, seenVersion);
        Map<String, Object> before = Map.of("status", complaint.status().name());
        Instant now = clock.instant();
        complaint.archive(reason, original, explanation, staff, now);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", complaint.status().name());
        after.put("reason", reason.name());
        after.put("original", original == null ? null : original.trackingNumber());
        finish(staff, complaint, CaseAction.ARCHIVE, before, after, now);
    }

    /** Reply templates of the holder and the agencies above it, for starting a response. */
    @Transactional(readOnly = true)
    public List<ReplyTemplate> templatesFor(String holderCode) {
        String[] agencies = hierarchy.tree().upward(holderCode).stream().map(AgencyNode::code)
                .toArray(String[]::new);
        return jdbc.sql("""
                        select id, agency_code, name, body from reply_template
                         where agency_code = any(:agencies) order by name, id""")
                .param("agencies", agencies)
                .query((rs, row) -> new ReplyTemplate(rs.getLong("id"), rs.getString("agency_code"),
                        rs.getString("name"), rs.getString("body")))
                .list();
    }

    public void addNote(Staff staff, TrackingNumber number, long seenVersion, String text) {
        String note = FormInput.requiredText(text, TEXT_MAX, "casework.note.required");
        Complaint complaint = actionable(staff, number, seenVersion);
        Instant now = clock.instant();
        complaint.addNote(note, staff, now);
        finish(staff, complaint, CaseAction.NOTE, null, null, now);
    }


    private void finish(Staff staff, Complaint complaint, CaseAction action, Map<String, ?> before,
                        Map<String, ?> after, Instant now) {
        deadlines.refresh(complaint);
        // Loaded in this transaction, so managed: flushing writes it (saving would merge and copy new entries).
        complaints.flush();
        audit.record(actor(staff), action.name(), "complaint", complaint.trackingNumber(), before, after);
        events.publishEvent(new ComplaintActedOn(action, complaint.facts(deadlines, now),
                complaint.agencyBeforeChange(), complaint.statusBeforeChange(), staff.scope(), now));
    }

    private static Map<String, Object> classification(Complaint complaint) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", complaint.status().name());
        state.put("type", complaint.type().name());
        state.put("category", complaint.categoryCode());
        state.put("misconduct", complaint.misconduct());
        state.put("anonymous", complaint.anonymous());
        state.put("confidential", complaint.confidential());
        state.put("title", complaint.title());
        state.put("agency", complaint.currentAgencyCode());
        return state;
    }

    private static AuditLog.Actor actor(Staff staff) {
        return new AuditLog.Actor(staff.accountId(), staff.name());
    }

    private Complaint visible(Staff staff, TrackingNumber number) {
        return complaints.findByTrackingNumber(number.value())
                .filter(c -> mayRead(staff, c))
                .orElseThrow(() -> new RecordNotFoundException("complaint.notFound", number.value()));
    }

    private boolean mayRead(Staff staff, Complaint complaint) {
        return complaint.currentAgencyCode() != null && (holds(staff, complaint) || handledBefore(staff, complaint)
                || staff.agencyCode().equals(complaint.escalatedToCode())
                || staff.scope() == Staff.Scope.OVERSIGHT);
    }

    /**
     * Loads the complaint for a change. Every action raises the version, also one that only adds to the
     * timeline, so two officers acting at once always collide instead of both passing.
     */
    private Complaint actionable(Staff staff, TrackingNumber number, long seenVersion) {
        Complaint complaint = complaints.findForChangeByTrackingNumber(number.value())
                .filter(c -> mayRead(staff, c))
                .orElseThrow(() -> new RecordNotFoundException("complaint.notFound", number.value()));
        if (!staff.mayChange() || !holds(staff, complaint)) {
            throw new ActionForbiddenException("casework.refused.notHolder");
        }
        if (complaint.version() != seenVersion) {
            throw concurrentChange(complaint.trackingNumber());
        }
        return complaint;
    }

    /** Says who changed the complaint last, for the conflict page. */
    @Transactional(readOnly = true)
    public ConcurrentChange whoChanged(String trackingNumber) {
        return concurrentChange(trackingNumber);
    }

    private ConcurrentChange concurrentChange(String trackingNumber) {
        return audit.latest("complaint", trackingNumber)
                .map(entry -> new ConcurrentChange(trackingNumber, entry.actor().name(), entry.at()))
                .orElseGet(() -> new ConcurrentChange(trackingNumber, "SISTEM", null));
    }

    /**
     * Whether the staff member works the complaint: their agency holds it, or holds it for an agency below that
     * has no staff (its nearest ancestor with staff works it, so nobody-can-act never happens).
     */
    private boolean holds(Staff staff, Complaint complaint) {
        return switch (staff.scope()) {
            case AGENCY -> staff.agencyCode().equals(complaint.currentAgencyCode())
                    || staff.agencyCode().equals(workingAgency(complaint));
            case SUBTREE -> hierarchy.tree().isWithin(complaint.currentAgencyCode(), staff.agencyCode());
            case NATIONAL, OVERSIGHT -> true;
        };
    }

    private String workingAgency(Complaint complaint) {
        return hierarchy.tree().workingAgency(complaint.currentAgencyCode(), staffDirectory.staffedAgencies());
    }

    /** An agency that had the complaint on its desk may still read it (read-only). */
    private static boolean handledBefore(Staff staff, Complaint complaint) {
        String agency = staff.agencyCode();
        return agency.equals(complaint.doorAgencyCode())
                || complaint.hops().stream().anyMatch(h -> agency.equals(h.toAgencyCode()));
    }

    private CaseView view(Staff staff, Complaint complaint, boolean revealed) {
        boolean hideIdentity = complaint.anonymous() && !revealed;
        TrackedComplaint details = tracking.forStaff(complaint, hideIdentity);
        List<CaseView.TimelineItem> timeline = complaint.entries().stream()
                .map(e -> new CaseView.TimelineItem(e.kind().name(), e.body(), e.byReporter() ? null : e.authorName(),
                        e.agencyCode(), e.fromStatus(), e.toStatus(), e.at(), !e.kind().forReporter()
                        && e.kind() != ComplaintEntry.Kind.STATE_CHANGE))
                .toList();
        boolean mayAct = staff.mayChange() && holds(staff, complaint);
        boolean forUnstaffed = mayAct && !staff.agencyCode().equals(complaint.currentAgencyCode())
                && staff.agencyCode().equals(workingAgency(complaint));
        return new CaseView(details, complaint.misconduct(), complaint.version(), timeline, mayAct,
                forUnstaffed ? complaint.currentAgencyCode() : null, hideIdentity, complaint.assignedName(),
                complaint.officerForwards(), complaint.dueOn());
    }
}
