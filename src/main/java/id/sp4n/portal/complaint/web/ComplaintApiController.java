package id.sp4n.portal.complaint.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.complaint.ComplaintStatus;
import id.sp4n.portal.complaint.IntakeChannel;
import id.sp4n.portal.complaint.IntakeRules;
import id.sp4n.portal.complaint.ReportType;
import id.sp4n.portal.complaint.Submission;
import id.sp4n.portal.complaint.TrackingNumber;
import id.sp4n.portal.complaint.handling.ComplaintTracking;
import id.sp4n.portal.complaint.handling.DeadlineShift;
import id.sp4n.portal.complaint.handling.TrackedComplaint;
import id.sp4n.portal.shared.RecordNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Complaints as JSON: filing one with the intake form's field names (for other clients: no CSRF token, no
 * cookies), and reading its status and trail with the same privacy rules as the tracking page.
 */
@RestController
class ComplaintApiController {

    private final ComplaintTracking tracking;
    private final TrailNarrator narrator;
    private final IntakeRules intake;
    private final AgencyHierarchy agencies;
    private final MessageSource messages;

    ComplaintApiController(ComplaintTracking tracking, TrailNarrator narrator, IntakeRules intake,
                           AgencyHierarchy agencies, MessageSource messages) {
        this.tracking = tracking;
        this.narrator = narrator;
        this.intake = intake;
        this.agencies = agencies;
        this.messages = messages;
    }

    /**
     * Files a complaint at the national door, or at {@code door} (an agency code). Answers 201 with the tracking
     * number and the private link, or 400 with one message per invalid field.
     */
    @PostMapping("/api/v1/complaints")
    ResponseEntity<?> file(@ModelAttribute("form") ComplaintForm form, BindingResult errors,
                           @RequestParam(name = "door", required = false) String doorCode,
                           HttpServletRequest request, Locale locale) {
        String door = doorCode == null || doorCode.isBlank() ? agencies.tree().root().code() : doorCode.trim();
        if (!agencies.tree().contains(door)) {
            throw new RecordNotFoundException("agency.notFound", door);
        }
        IntakeRules.Filed filed = intake.file(ComplaintFormReader.draft(form, IntakeChannel.API, door, null, locale),
                form.getFormKey(), ClientKeys.of(request, null));
        if (filed.submission().isEmpty()) {
            ComplaintFormReader.reject(filed.problems(), errors);
            List<FieldErrorJson> fields = errors.getFieldErrors().stream()
                    .map(e -> new FieldErrorJson(e.getField(), messages.getMessage(e, locale))).toList();
            return ResponseEntity.badRequest().body(new InvalidJson(400, "Bad Request",
                    messages.getMessage("intake.error.summary", new Object[] {fields.size()}, locale), fields));
        }
        Submission submission = filed.submission().get();
        return ResponseEntity.status(submission.repeated() ? 200 : 201).body(new FiledJson(
                submission.trackingNumber().value(),
                ServletLinks.privateTrackingLink(submission.trackingNumber(), submission.accessKey()),
                submission.repeated()));
    }

    record FiledJson(String trackingNumber, String privateTrackingUrl, boolean repeated) {
    }

    record FieldErrorJson(String field, String message) {
    }

    record InvalidJson(int status, String error, String message, List<FieldErrorJson> fields) {
    }

    @GetMapping("/api/v1/complaints/{number}")
    ComplaintJson complaint(@PathVariable String number, @RequestParam(name = "kunci", required = false) String key,
                            Locale locale) {
        TrackedComplaint c = TrackingNumber.parse(number).flatMap(n -> tracking.find(n, key, null))
                .orElseThrow(() -> new RecordNotFoundException("complaint.notFound", number));
        List<TrailJson> trail = narrator.narrate(c, locale).stream()
                .map(s -> new TrailJson(s.from(), s.to(), s.at(), s.reason())).toList();
        return new ComplaintJson(c.trackingNumber(), c.type(), c.status(), c.categoryCode(),
                c.currentAgencyCode() == null ? null
                        : new AgencyJson(c.currentAgencyCode(), narrator.agencyName(c.currentAgencyCode())),
                new AgencyJson(c.doorAgencyCode(), narrator.agencyName(c.doorAgencyCode())), trail,
                c.messages().stream().map(this::message).toList(), c.outcome().responseDueOn(), c.submittedAt());
    }

    /** A message as the tracking page shows it to the same viewer; codes stay codes, with names beside them. */
    private MessageJson message(TrackedComplaint.Message m) {
        boolean escalation = "ESCALATION".equals(m.kind());
        boolean moved = "DEADLINE_MOVED".equals(m.kind());
        return new MessageJson(m.kind(), m.byReporter() ? null : agency(m.agencyCode()), m.byReporter(),
                escalation || moved ? null : m.text(), m.at(), escalation ? agency(m.text()) : null,
                m.deadlineShifts());
    }

    private AgencyJson agency(String code) {
        return code == null ? null : new AgencyJson(code, narrator.agencyName(code));
    }

    /**
     * The public view: the agencies' responses, questions and archive notes (and escalations, Ombudsman referrals,
     * moved limits); the reporter's own view (private key) adds their replies. {@code dueOn}: the limit that runs now.
     */
    record ComplaintJson(String trackingNumber, ReportType type, ComplaintStatus status, String categoryCode,
                         AgencyJson currentAgency, AgencyJson door, List<TrailJson> trail,
                         List<MessageJson> messages, LocalDate dueOn, Instant createdAt) {
    }

    record MessageJson(String kind, AgencyJson agency, boolean byReporter, String text, Instant at,
                       AgencyJson escalatedTo, List<DeadlineShift> movedLimits) {
    }

    record AgencyJson(String code, String name) {
    }

    record TrailJson(String from, String to, Instant at, String reason) {
    }
}
