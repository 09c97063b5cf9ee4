package id.sp4n.portal.complaint.handling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import id.sp4n.portal.complaint.CaseAction;
import id.sp4n.portal.complaint.ComplaintActedOn;
import id.sp4n.portal.complaint.ComplaintFacts;
import id.sp4n.portal.complaint.ComplaintStatus;
import id.sp4n.portal.complaint.HopRecord;
import id.sp4n.portal.complaint.IntakeChannel;
import id.sp4n.portal.complaint.ReportType;
import id.sp4n.portal.complaint.ReporterActedOn;
import id.sp4n.portal.complaint.ReporterAction;
import id.sp4n.portal.complaint.RunningLimit;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A complaint, aspiration or information request and the trail of agencies it passed. It owns its state
 * rules: every change goes through a method here that checks the rule and changes the state. The use case that
 * called it publishes the past-tense event ({@link ComplaintActedOn}, {@link ReporterActedOn}, …) into the event
 * publication registry in the same transaction, with the state before the change ({@link #agencyBeforeChange()},
 * {@link #statusBeforeChange()}) and the facts after it; the aggregate registers none itself.
 */
@Entity
@Table(name = "complaint")
@org.hibernate.annotations.DynamicUpdate
class Complaint {

    /** The rule recorded on a hop made by an officer's "bukan wewenang" decision. */
    static final String OFFICER_FORWARD = "OFFICER_FORWARD";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tracking_number")
    private String trackingNumber;

    @Column(name = "access_key_hash")
    private String accessKeyHash;

    @Enumerated(EnumType.STRING)
    private ReportType type;

    @Enumerated(EnumType.STRING)
    private ComplaintStatus status;

    private String title;

    private String description;

    @Column(name = "incident_date")
    private LocalDate incidentDate;

    @Column(name = "province_code")
    private String provinceCode;

    @Column(name = "regency_code")
    private String regencyCode;

    @Column(name = "district_code")
    private String districtCode;

    private String address;

    @Column(name = "category_code")
    private String categoryCode;

    @Column(name = "requested_agency_code")
    private String requestedAgencyCode;

    @Column(name = "door_agency_code")
    private String doorAgencyCode;

    @Column(name = "current_agency_code")
    private String currentAgencyCode;

    private boolean anonymous;

    private boolean confidential;

    @Embedded
    private Reporter reporter;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    private IntakeChannel channel;

    @Column(name = "routed_at")
    private Instant routedAt;

    private boolean misconduct;

    @Enumerated(EnumType.STRING)
    @Column(name = "held_from")
    private ComplaintStatus heldFrom;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "assigned_account_id")
    private Long assignedAccountId;

    @Column(name = "assigned_name")
    private String assignedName;

    @Enumerated(EnumType.STRING)
    @Column(name = "archive_reason")
    private ArchiveReason archiveReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "duplicate_of_id")
    private Complaint duplicateOf;

    @Column(name = "officer_forwards")
    private int officerForwards;

    @Column(name = "reopen_count")
    private int reopenCount;

    @Column(name = "responded_at")
    private Instant respondedAt;

    private Integer rating;

    @Column(name = "rating_comment")
    private String ratingComment;

    @Column(name = "rated_at")
    private Instant ratedAt;

    @Column(name = "completion_due_on")
    private LocalDate completionDueOn;

    @Column(name = "auto_complete_on")
    private LocalDate autoCompleteOn;

    @Column(name = "warned_due_on")
    private LocalDate warnedDueOn;

    @Column(name = "escalation_level")
    private int escalationLevel;

    @Column(name = "escalated_to_code")
    private String escalatedToCode;

    @Column(name = "escalate_again_on")
    private LocalDate escalateAgainOn;

    @Column(name = "ombudsman_referred_at")
    private Instant ombudsmanReferredAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL)
    @OrderBy("seq")
    private List<Hop> hops = new ArrayList<>();

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL)
    @OrderBy("at, id")
    private List<ComplaintEntry> entries = new ArrayList<>();

    /** Holder and state as loaded in this transaction, so that events can say where a change started. */
    @Transient
    private String agencyWhenLoaded;

    @Transient
    private ComplaintStatus statusWhenLoaded;

    protected Complaint() {
    }

    @PostLoad
    void rememberLoadedState() {
        agencyWhenLoaded = currentAgencyCode;
        statusWhenLoaded = status;
    }

    /** The agency that held the complaint when this transaction loaded it. */
    String agencyBeforeChange() {
        return agencyWhenLoaded;
    }

    /** The state of the complaint when this transaction loaded it. */
    ComplaintStatus statusBeforeChange() {
        return statusWhenLoaded;
    }

    /**
     * Verification by the agency holding the complaint: the classification it settles on, the misconduct flag, a
     * corrected title, and privacy, which staff may tighten but never loosen. Moves SUBMITTED → VERIFIED.
     */
    void verify(Verification verification, Staff by, Instant now) {
        require(CaseAction.VERIFY);
        if (verification.loosensPrivacy(anonymous, confidential)) {
            throw new CaseworkRefusal("casework.refused.privacyLoosened");
        }
        type = verification.type();
        categoryCode = verification.categoryCode();
        misconduct = verification.misconduct();
        anonymous = verification.anonymous();
        confidential = verification.confidential();
        if (verification.title() != null && !verification.title().isBlank()) {
            title = verification.title().strip();
        }
        moveTo(ComplaintStatus.VERIFIED, Author.of(by), now);
    }

    /** The authorised agency takes the complaint up (after verification, or a citizen's reply to a response). */
    void startWork(Staff by, Instant now) {
        moveTo(ComplaintStatus.IN_PROGRESS, Author.of(by), now);
    }

    /** Hands the complaint on along a route of hops (from where it is now), recording each on the trail. */
    void forwardAlong(List<HopRecord> route, Instant now) {
        String holder = currentAgencyCode;
        int seq = hops.size();
        for (HopRecord record : route) {
            if (!record.fromAgencyCode().equals(holder)) {
                throw new IllegalArgumentException("Hop from " + record.fromAgencyCode() + " but complaint is at "
                        + holder);
            }
            hops.add(new Hop(this, ++seq, record, now));
            holder = record.toAgencyCode();
        }
        if (!holder.equals(currentAgencyCode)) {
            // An escalation is about the agency that sat on the complaint; the new holder starts clean.
            endEscalation();
        }
        currentAgencyCode = holder;
    }

    /** Tunda: asks the reporter for information. The clocks pause until the reporter answers. */
    void hold(String question, Staff by, Instant now) {
        ComplaintStatus from = status;
        moveTo(ComplaintStatus.ON_HOLD, Author.of(by), now);
        heldFrom = from;
        entries.add(new ComplaintEntry(this, ComplaintEntry.Kind.INFO_REQUEST, question, Author.of(by), null, null, now));
    }

    /**
     * Bukan wewenang: the holder hands the complaint to another agency, which verifies it afresh. Never a
     * close; the agency that sent it here by the same kind of decision cannot get it straight back (the
     * national desk, which decides disputes, may). {@code hop} is already the final decision of
     * {@link Casework}, including the three-forward rule.
     */
    void forward(HopRecord hop, Staff by, Instant now) {
        if (!CaseAction.FORWARD.isAllowedIn(status)) {
            throw new CaseworkRefusal("casework.refused.forwardState", statusName(status));
        }
        if (hop.toAgencyCode().equals(currentAgencyCode)) {
            throw new CaseworkRefusal("casework.forward.same");
        }
        if (by.scope() != Staff.Scope.NATIONAL && sentBackTo(hop.toAgencyCode())) {
            throw new CaseworkRefusal("casework.forward.sendBack");
        }
        forwardAlong(List.of(hop), now);
        if (by.scope() != Staff.Scope.NATIONAL) {
            officerForwards++;
        }
        assignedAccountId = null;
        assignedName = null;
        if (status != ComplaintStatus.SUBMITTED) {
            moveTo(ComplaintStatus.SUBMITTED, Author.of(by), now);
        }
    }

    /** Whether the agency handed the complaint to its current holder by an officer's forward. */
    private boolean sentBackTo(String agencyCode) {
        if (hops.isEmpty()) {
            return false;
        }
        Hop last = hops.get(hops.size() - 1);
        return OFFICER_FORWARD.equals(last.rule()) && agencyCode.equals(last.fromAgencyCode());
    }

    int officerForwards() {
        return officerForwards;
    }

    /** Gives the complaint to one officer of the holding agency; the state does not change. */
    void assignTo(long accountId, String name, Staff by, Instant now) {
        refuseWhenClosed();
        assignedAccountId = accountId;
        assignedName = name;
        entries.add(new ComplaintEntry(this, ComplaintEntry.Kind.ASSIGN, name, Author.of(by), null, null, now));
    }

    /** Moves the complaint down to a unit of the holding agency (a hop, not a "bukan wewenang" forward). */
    void assignToUnit(HopRecord hop, Staff by, Instant now) {
        refuseWhenClosed();
        forwardAlong(List.of(hop), now);
        assignedAccountId = null;
        assignedName = null;
        entries.add(new ComplaintEntry(this, ComplaintEntry.Kind.ASSIGN, null, Author.of(by), null, null, now));
    }

    /** A public follow-up: IN_PROGRESS → RESPONDED. Returns the entry, to which attachments are linked. */
    ComplaintEntry respond(String text, Staff by, Instant now) {
        ComplaintStatus from = status;
        moveTo(ComplaintStatus.RESPONDED, Author.of(by), now);
        respondedAt = now;
        ComplaintEntry response = new ComplaintEntry(this, ComplaintEntry.Kind.RESPONSE, text, Author.of(by), from,
                status, now);
        entries.add(response);
        return response;
    }

    /**
     * Arsipkan: not processed, for one of the fixed reasons. "Insufficient information" only after the reporter
     * was asked (the complaint is on hold); a duplicate names its original.
     */
    void archive(ArchiveReason reason, Complaint original, String note, Staff by, Instant now) {
        if (reason == ArchiveReason.INSUFFICIENT_INFORMATION && status != ComplaintStatus.ON_HOLD) {
            throw new CaseworkRefusal("casework.archive.notHeld");
        }
        if ((reason == ArchiveReason.DUPLICATE) != (original != null)) {
            throw new IllegalArgumentException("A duplicate, and only a duplicate, names its original");
        }
        if (original != null && original.id().equals(id)) {
            throw new CaseworkRefusal("casework.archive.selfDuplicate");
        }
        moveTo(ComplaintStatus.ARCHIVED, Author.of(by), now);
        archiveReason = reason;
        duplicateOf = original;
        heldFrom = null;
        entries.add(new ComplaintEntry(this, ComplaintEntry.Kind.ARCHIVE, note, Author.of(by), null, null, now));
    }

    /** An internal note, in any state but archived; never shown outside the agencies. */
    void addNote(String text, Staff by, Instant now) {
        refuseWhenClosed();
        entries.add(new ComplaintEntry(this, ComplaintEntry.Kind.NOTE, text, Author.of(by), null, null, now));
    }

    /**
     * The reporter writes back. An answer to a hold request returns the complaint to the queue it was held in;
     * a reply to a response puts it back in the agency's hands; otherwise it is added information.
     */
    void replyFromReporter(String text, Instant now) {
        if (status == ComplaintStatus.COMPLETED || status == ComplaintStatus.ARCHIVED) {
            throw new CaseworkRefusal("citizen.refused.closed", statusName(status));
        }
        entries.add(new ComplaintEntry(this, ComplaintEntry.Kind.CITIZEN_REPLY, text, Author.REPORTER, null, null,
                now));
        if (status == ComplaintStatus.ON_HOLD) {
            moveTo(heldFrom, Author.REPORTER, now);
            heldFrom = null;
        } else if (status == ComplaintStatus.RESPONDED) {
            moveTo(ComplaintStatus.IN_PROGRESS, Author.REPORTER, now);
        }
    }

    /** The reporter accepts the response: RESPONDED → COMPLETED. */
    void acceptResponse(Instant now) {
        moveTo(ComplaintStatus.COMPLETED, Author.REPORTER, now);
    }

    /** The reporter's verdict on the handling, once there is a response; rating again replaces it. */
    void rate(int stars, String comment, Instant now) {
        if (!ReporterAction.RATE.isAllowedIn(status)) {
            throw new CaseworkRefusal("citizen.refused.closed", statusName(status));
        }
        if (respondedAt == null) {
            throw new CaseworkRefusal("citizen.refused.rateBeforeResponse");
        }
        if (stars < 1 || stars > 5) {
            throw new IllegalArgumentException("Rating out of range: " + stars);
        }
        rating = stars;
        ratingComment = comment;
        ratedAt = now;
    }

    /**
     * The reporter refuses the response (the caller checked the 10-working-day window). The first reopen returns
     * the complaint to the agency that answered; from the second on, {@code appeal} carries it to the parent.
     */
    void reopen(String reason, HopRecord appeal, Instant now) {
        if (status != ComplaintStatus.RESPONDED && status != ComplaintStatus.COMPLETED) {
            throw new CaseworkRefusal("citizen.refused.reopenState", statusName(status));
        }
        entries.add(new ComplaintEntry(this, ComplaintEntry.Kind.REOPEN, reason, Author.REPORTER, null, null, now));
        reopenCount++;
        if (appeal != null) {
            forwardAlong(List.of(appeal), now);
            assignedAccountId = null;
            assignedName = null;
        }
        moveTo(ComplaintStatus.IN_PROGRESS, Author.REPORTER, now);
    }

    /**
     * The limits as {@link Deadlines} computed them after a change. A limit that moved (a forward, a verification,
     * a response) ends the escalation of the old one: the complaint starts again at level 0 with its new holder.
     */
    void deadlines(LocalDate due, LocalDate completionDue, LocalDate autoComplete) {
        if (!java.util.Objects.equals(due, dueOn)) {
            endEscalation();
        }
        dueOn = due;
        completionDueOn = completionDue;
        autoCompleteOn = autoComplete;
    }

    /**
     * After the holidays changed and {@link Deadlines} recomputed the limits from the limits before: records every
     * limit that moved on the complaint's record. Returns whether one did.
     */
    boolean recordMovedLimits(LocalDate dueBefore, LocalDate completionBefore, Instant now) {
        String shifts = DeadlineShift.between(dueBefore, dueOn, completionBefore, completionDueOn);
        if (shifts == null) {
            return false;
        }
        entries.add(new ComplaintEntry(this, ComplaintEntry.Kind.DEADLINE_MOVED, shifts,
                Author.system(currentAgencyCode), null, null, now));
        return true;
    }

    private void endEscalation() {
        escalationLevel = 0;
        escalatedToCode = null;
        escalateAgainOn = null;
    }

    /** Remembers that the holder was warned about this limit, so that it is warned once. */
    void warned(LocalDate due) {
        warnedDueOn = due;
    }

    /**
     * A limit passed (or the previous escalation's window did): the complaint is brought to the attention of the
     * next agency up, publicly. The holder keeps it and can still act.
     */
    void escalate(String toAgencyCode, LocalDate again, String reason, Instant now) {
        escalationLevel++;
        escalatedToCode = toAgencyCode;
        escalateAgainOn = again;
        entries.add(new ComplaintEntry(this, ComplaintEntry.Kind.ESCALATION, reason, Author.system(currentAgencyCode),
                null, null, now));
    }

    /** The reporter hands the unresolved complaint to the Ombudsman (the caller checked the 60 working days). */
    void referToOmbudsman(Instant now) {
        if (status == ComplaintStatus.COMPLETED || status == ComplaintStatus.ARCHIVED) {
            throw new CaseworkRefusal("citizen.refused.closed", statusName(status));
        }
        if (ombudsmanReferredAt != null) {
            throw new CaseworkRefusal("citizen.refused.alreadyReferred");
        }
        ombudsmanReferredAt = now;
        entries.add(new ComplaintEntry(this, ComplaintEntry.Kind.OMBUDSMAN, null, Author.REPORTER, null, null,
                now));
    }

    Instant ombudsmanReferredAt() {
        return ombudsmanReferredAt;
    }

    /** Ten working days after a response without a reply from the reporter: RESPONDED → COMPLETED. */
    void completeWithoutReply(Instant now) {
        moveTo(ComplaintStatus.COMPLETED, Author.system(currentAgencyCode), now);
        autoCompleteOn = null;
    }

    /** Start and end of every period the complaint spent on hold (the end is null while it still is). */
    List<Instant[]> holdPeriods() {
        List<Instant[]> periods = new ArrayList<>();
        Instant start = null;
        for (ComplaintEntry entry : entries) {
            if (entry.kind() != ComplaintEntry.Kind.STATE_CHANGE) {
                continue;
            }
            if (entry.toStatus() == ComplaintStatus.ON_HOLD) {
                start = entry.at();
            } else if (entry.fromStatus() == ComplaintStatus.ON_HOLD && start != null) {
                periods.add(new Instant[] {start, entry.at()});
                start = null;
            }
        }
        if (start != null) {
            periods.add(new Instant[] {start, null});
        }
        return periods;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    LocalDate completionDueOn() {
        return completionDueOn;
    }

    LocalDate autoCompleteOn() {
        return autoCompleteOn;
    }

    LocalDate warnedDueOn() {
        return warnedDueOn;
    }

    int escalationLevel() {
        return escalationLevel;
    }

    String escalatedToCode() {
        return escalatedToCode;
    }

    LocalDate escalateAgainOn() {
        return escalateAgainOn;
    }

    /**
     * When the holder's current clock started: arrival at the holder, or later the reporter's reply to a response
     * or reopen (a new follow-up is owed). An answer to a hold request does not restart it: the hold paused it.
     */
    Instant clockStart() {
        Instant start = hops.isEmpty() ? (routedAt != null ? routedAt : submittedAt) : hops.get(hops.size() - 1).at();
        for (ComplaintEntry entry : entries) {
            boolean reopened = entry.kind() == ComplaintEntry.Kind.STATE_CHANGE && entry.byReporter()
                    && (entry.fromStatus() == ComplaintStatus.RESPONDED || entry.fromStatus() == ComplaintStatus.COMPLETED);
            if (reopened && entry.at().isAfter(start)) {
                start = entry.at();
            }
        }
        return start;
    }

    private void refuseWhenClosed() {
        if (status == ComplaintStatus.ARCHIVED) {
            throw new CaseworkRefusal("casework.refused.archived");
        }
    }

    /** Refuses an action the complaint's state does not permit ({@link CaseAction#allowedIn()}). */
    private void require(CaseAction action) {
        if (!action.isAllowedIn(status)) {
            throw new CaseworkRefusal("casework.refused.action", statusName(status));
        }
    }

    private void moveTo(ComplaintStatus target, Author by, Instant now) {
        if (!status.canMoveTo(target)) {
            throw new CaseworkRefusal("casework.refused.state", statusName(status), statusName(target));
        }
        entries.add(new ComplaintEntry(this, ComplaintEntry.Kind.STATE_CHANGE, null, by, status, target, now));
        status = target;
    }

    private static DefaultMessageSourceResolvable statusName(ComplaintStatus status) {
        return new DefaultMessageSourceResolvable("status." + status.name());
    }

    /** The complaint this one was archived as a duplicate of, or null. */
    Complaint duplicateOf() {
        return duplicateOf;
    }

    ArchiveReason archiveReason() {
        return archiveReason;
    }

    ComplaintStatus heldFrom() {
        return heldFrom;
    }


    Long assignedAccountId() {
        return assignedAccountId;
    }

    String assignedName() {
        return assignedName;
    }

    int reopenCount() {
        return reopenCount;
    }

    /** What an event about this complaint tells its consumers, counted in the holder's calendar. */
    ComplaintFacts facts(Deadlines deadlines, Instant now) {
        String holder = currentAgencyCode;
        int workingDays = holder == null ? 0 : deadlines.workingDaysBetween(holder, submittedAt, now);
        RunningLimit limit = holder == null || dueOn == null ? null
                : new RunningLimit(deadlines.dateOf(holder, clockStart()), dueOn);
        return new ComplaintFacts(trackingNumber, type, categoryCode, provinceCode, regencyCode, doorAgencyCode, channel,
                holder, status, misconduct, confidential, archiveReason == null ? null : archiveReason.name(), submittedAt,
                workingDays, escalationLevel, reopenCount, limit, assignedAccountId);
    }

    Instant respondedAt() {
        return respondedAt;
    }

    Instant routedAt() {
        return routedAt;
    }

    Integer rating() {
        return rating;
    }

    String ratingComment() {
        return ratingComment;
    }

    boolean misconduct() {
        return misconduct;
    }

    long version() {
        return version;
    }

    List<ComplaintEntry> entries() {
        return Collections.unmodifiableList(entries);
    }

    Long id() {
        return id;
    }

    String trackingNumber() {
        return trackingNumber;
    }

    String accessKeyHash() {
        return accessKeyHash;
    }

    ReportType type() {
        return type;
    }

    ComplaintStatus status() {
        return status;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    LocalDate incidentDate() {
        return incidentDate;
    }

    String provinceCode() {
        return provinceCode;
    }

    String regencyCode() {
        return regencyCode;
    }

    String districtCode() {
        return districtCode;
    }

    String address() {
        return address;
    }

    String categoryCode() {
        return categoryCode;
    }

    String requestedAgencyCode() {
        return requestedAgencyCode;
    }

    String doorAgencyCode() {
        return doorAgencyCode;
    }

    String currentAgencyCode() {
        return currentAgencyCode;
    }

    boolean anonymous() {
        return anonymous;
    }

    boolean confidential() {
        return confidential;
    }

    Reporter reporter() {
        return reporter;
    }

    IntakeChannel channel() {
        return channel;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    List<Hop> hops() {
        return Collections.unmodifiableList(hops);
    }
}
