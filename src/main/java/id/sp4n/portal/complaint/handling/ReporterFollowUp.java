package id.sp4n.portal.complaint.handling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.agency.AgencyNode;
import id.sp4n.portal.audit.AuditLog;
import id.sp4n.portal.complaint.ComplaintFacts;
import id.sp4n.portal.complaint.ComplaintStatus;
import id.sp4n.portal.complaint.HopRecord;
import id.sp4n.portal.complaint.ReporterActedOn;
import id.sp4n.portal.complaint.ReporterAction;
import id.sp4n.portal.complaint.TimeLimits;
import id.sp4n.portal.complaint.TrackingNumber;
import id.sp4n.portal.shared.FormInput;
import id.sp4n.portal.shared.InvalidRequestException;
import id.sp4n.portal.shared.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the reporter can do after filing: answer a hold request or a response, accept a response, rate the
 * handling, and reopen within 10 working days (the second reopen is an appeal to the parent agency). The
 * reporter proves who they are with the secret key of the private link or by being signed in as the filing
 * account; anyone else gets "not found", exactly as for an unknown number.
 */
@Service
@Transactional
public class ReporterFollowUp {

    static final int COMMENT_MAX = 1000;
    private static final AuditLog.Actor REPORTER = new AuditLog.Actor(null, "PELAPOR");

    private final ComplaintRepository complaints;
    private final AgencyHierarchy hierarchy;
    private final Deadlines deadlines;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReporterFollowUp(ComplaintRepository complaints, AgencyHierarchy hierarchy, Deadlines deadlines, AuditLog audit,
                     ApplicationEventPublisher events, Clock clock) {
        this.complaints = complaints;
        this.hierarchy = hierarchy;
        this.deadlines = deadlines;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** How the reporter proved it is them: the link's key, or the signed-in account (either may be null). */
    public record Proof(String accessKey, Long accountId) {
    }

    public void reply(TrackingNumber number, Proof proof, String text) {
        String reply = FormInput.requiredText(text, Casework.TEXT_MAX, "citizen.reply.required");
        Complaint complaint = own(number, proof);
        ComplaintStatus before = complaint.status();
        complaint.replyFromReporter(reply, clock.instant());
        finish(complaint, ReporterAction.REPLY, before, null);
    }

    public void accept(TrackingNumber number, Proof proof) {
        Complaint complaint = own(number, proof);
        ComplaintStatus before = complaint.status();
        complaint.acceptResponse(clock.instant());
        finish(complaint, ReporterAction.ACCEPT, before, null);
    }

    public void rate(TrackingNumber number, Proof proof, Integer stars, String comment) {
        if (stars == null || stars < 1 || stars > 5) {
            throw new InvalidRequestException("citizen.rating.range");
        }
        String cleanComment = comment == null || comment.isBlank() ? null
                : FormInput.requiredText(comment, COMMENT_MAX, "citizen.rating.range");
        Complaint complaint = own(number, proof);
        ComplaintStatus before = complaint.status();
        complaint.rate(stars, cleanComment, clock.instant());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("rating", stars);
        after.put("comment", cleanComment);
        finish(complaint, ReporterAction.RATE, before, after);
    }

    /**
     * Refuses the response within 10 working days of it (in the holder's calendar). From the second reopen on, the
     * complaint climbs to the parent agency as an appeal (it stays at the national desk once there).
     */
    public void reopen(TrackingNumber number, Proof proof, String reason) {
        String why = FormInput.requiredText(reason, Casework.TEXT_MAX, "citizen.reopen.reasonRequired");
        Complaint complaint = own(number, proof);
        Instant now = clock.instant();
        if (complaint.respondedAt() == null
                || !deadlines.mayReopen(complaint.currentAgencyCode(), complaint.respondedAt(), now)) {
            throw new CaseworkRefusal("citizen.refused.reopenLate", TimeLimits.REOPEN_DAYS);
        }
        HopRecord appeal = null;
        String holder = complaint.currentAgencyCode();
        AgencyNode node = hierarchy.tree().find(holder).orElseThrow();
        if (complaint.reopenCount() >= 1 && !node.isRoot()) {
            appeal = new HopRecord(holder, node.parentCode(), HopRecord.ActorKind.CITIZEN, null, "APPEAL",
                    "route.hop.appeal", List.of("agency:" + holder, "agency:" + node.parentCode()));
        }
        ComplaintStatus before = complaint.status();
        complaint.reopen(why, appeal, now);
        finish(complaint, appeal == null ? ReporterAction.REOPEN : ReporterAction.APPEAL, before,
                Map.of("status", complaint.status().name(), "agency", complaint.currentAgencyCode()));
    }

    /** After 60 working days unresolved, the reporter hands the complaint, with its history, to the Ombudsman. */
    public void referToOmbudsman(TrackingNumber number, Proof proof) {
        Complaint complaint = own(number, proof);
        Instant now = clock.instant();
        LocalDate from = deadlines.ombudsmanFrom(complaint.currentAgencyCode(), complaint.submittedAt());
        if (deadlines.today(complaint.currentAgencyCode(), now).isBefore(from)) {
            throw new CaseworkRefusal("citizen.refused.ombudsmanEarly", TimeLimits.OMBUDSMAN_DAYS);
        }
        ComplaintStatus before = complaint.status();
        complaint.referToOmbudsman(now);
        finish(complaint, ReporterAction.REFER_OMBUDSMAN, before, Map.of("ombudsman", true));
    }

    private Complaint own(TrackingNumber number, Proof proof) {
        return complaints.findForChangeByTrackingNumber(number.value())
                .filter(c -> isReporter(c, proof))
                .orElseThrow(() -> new RecordNotFoundException("complaint.notFound", number.value()));
    }

    private static boolean isReporter(Complaint complaint, Proof proof) {
        if (proof.accessKey() != null && AccessKey.matches(proof.accessKey(), complaint.accessKeyHash())) {
            return true;
        }
        Long account = complaint.reporter().accountId();
        return proof.accountId() != null && account != null && account.equals(proof.accountId());
    }

    private void finish(Complaint complaint, ReporterAction action, ComplaintStatus before, Map<String, ?> after) {
        deadlines.refresh(complaint);
        complaints.flush();
        Map<String, Object> afterState = new LinkedHashMap<>();
        afterState.put("status", complaint.status().name());
        if (after != null) {
            afterState.putAll(after);
        }
        audit.record(REPORTER, action.name(), "complaint", complaint.trackingNumber(), Map.of("status", before.name()),
                afterState);
        Instant now = clock.instant();
        events.publishEvent(new ReporterActedOn(action, complaint.facts(deadlines, now),
                complaint.agencyBeforeChange(), before, action == ReporterAction.RATE ? complaint.rating() : null, now));
    }

}
