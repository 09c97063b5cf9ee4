package id.sp4n.portal.complaint.handling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import id.sp4n.portal.complaint.ComplaintStatus;
import id.sp4n.portal.complaint.TrackingNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds a complaint for one kind of viewer and applies the privacy rules: the public never sees a
 * confidential complaint (it looks exactly like an unknown number) nor who filed it — no name, no contact
 * detail. The handling agency sees the reporter unless the complaint is anonymous. The reporter, proven by the secret key of the
 * private link or by being signed in as the account that filed it, sees everything, attachments included.
 */
@Service
@Transactional(readOnly = true)
public class ComplaintTracking {

    private final ComplaintRepository complaints;
    private final JdbcClient jdbc;
    private final Deadlines deadlines;
    private final Clock clock;

    ComplaintTracking(ComplaintRepository complaints, JdbcClient jdbc, Deadlines deadlines, Clock clock) {
        this.complaints = complaints;
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public Optional<TrackedComplaint> forPublic(TrackingNumber number) {
        return complaints.findByTrackingNumber(number.value())
                .filter(c -> !c.confidential())
                .map(c -> view(c, false));
    }

    public Optional<TrackedComplaint> forKeyHolder(TrackingNumber number, String accessKey) {
        return complaints.findByTrackingNumber(number.value())
                .filter(c -> AccessKey.matches(accessKey, c.accessKeyHash()))
                .map(c -> view(c, true));
    }

    public Optional<TrackedComplaint> forAccount(TrackingNumber number, long accountId) {
        return complaints.findByTrackingNumber(number.value())
                .filter(c -> c.reporter().accountId() != null && c.reporter().accountId() == accountId)
                .map(c -> view(c, true));
    }

    /** The best view this viewer is entitled to: their own if the key or account proves it, else the public one. */
    public Optional<TrackedComplaint> find(TrackingNumber number, String accessKey, Long accountId) {
        if (accessKey != null) {
            Optional<TrackedComplaint> own = forKeyHolder(number, accessKey);
            if (own.isPresent()) {
                return own;
            }
        }
        if (accountId != null) {
            Optional<TrackedComplaint> own = forAccount(number, accountId);
            if (own.isPresent()) {
                return own;
            }
        }
        return forPublic(number);
    }

    /** An attachment's bytes, for a viewer who may see the complaint. */
    public Optional<StoredFile> attachment(TrackedComplaint complaint, long attachmentId) {
        if (!complaint.reporterView()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select a.file_name, a.media_type, a.content from complaint_attachment a
                          join complaint c on c.id = a.complaint_id
                         where a.id = :id and c.tracking_number = :number""")
                .param("id", attachmentId).param("number", complaint.trackingNumber())
                .query((rs, row) -> new StoredFile(rs.getString("file_name"), rs.getString("media_type"),
                        rs.getBytes("content")))
                .optional();
    }

    public record StoredFile(String fileName, String mediaType, byte[] content) {
    }

    /** The conversation as this viewer may read it: internal notes never leave the agencies. */
    private static List<TrackedComplaint.Message> messages(Complaint c, boolean fullView) {
        return c.entries().stream()
                .filter(e -> fullView ? e.kind().forReporter() : e.kind().forPublic())
                .map(e -> new TrackedComplaint.Message(e.kind().name(), e.byReporter() ? null : e.agencyCode(),
                        e.body(), e.at()))
                .toList();
    }

    private boolean mayReferToOmbudsman(Complaint c) {
        boolean unresolved = c.status() != ComplaintStatus.COMPLETED && c.status() != ComplaintStatus.ARCHIVED;
        return unresolved && c.ombudsmanReferredAt() == null && c.currentAgencyCode() != null
                && !deadlines.today(c.currentAgencyCode(), clock.instant())
                        .isBefore(deadlines.ombudsmanFrom(c.currentAgencyCode(), c.submittedAt()));
    }

    private TrackedComplaint.Outcome outcome(Complaint c, boolean fullView) {
        Complaint original = c.duplicateOf();
        LocalDate reopenUntil = null;
        if (fullView && c.respondedAt() != null && (c.status() == ComplaintStatus.RESPONDED
                || c.status() == ComplaintStatus.COMPLETED)) {
            LocalDate last = deadlines.lastDayToReopen(c.currentAgencyCode(), c.respondedAt());
            reopenUntil = last.isBefore(deadlines.today(c.currentAgencyCode(), clock.instant())) ? null : last;
        }
        // The duplicate's reporter follows the original; its content stays private if it is confidential.
        boolean followOriginal = original != null && fullView;
        return new TrackedComplaint.Outcome(c.archiveReason(), original == null ? null : original.trackingNumber(),
                followOriginal ? original.status() : null,
                followOriginal && !original.confidential() ? messages(original, false) : List.of(),
                fullView ? c.rating() : null, fullView ? c.ratingComment() : null, reopenUntil, c.reopenCount(),
                c.dueOn(), c.escalationLevel(), fullView && mayReferToOmbudsman(c), c.ombudsmanReferredAt(),
                c.heldFrom(), c.autoCompleteOn());
    }

    /** Staff see everything but, for an anonymous complaint, who filed it (see {@link Casework}). */
    TrackedComplaint forStaff(Complaint c, boolean hideIdentity) {
        return view(c, true, hideIdentity);
    }

    private TrackedComplaint view(Complaint c, boolean reporterView) {
        return view(c, reporterView, false);
    }

    private TrackedComplaint view(Complaint c, boolean fullView, boolean hideIdentity) {
        boolean reporterView = fullView && !hideIdentity;
        Reporter reporter = c.reporter();
        // The public never sees who filed, not even the name of a non-anonymous reporter (issue 17).
        String name = reporterView ? reporter.name() : null;
        List<TrackedComplaint.TrailStep> trail = c.hops().stream()
                .map(h -> new TrackedComplaint.TrailStep(h.seq(), h.fromAgencyCode(), h.toAgencyCode(), h.at(),
                        h.rule(), h.reasonCode(), h.reasonArgs()))
                .toList();
        // Attachments (photos may show faces, houses, number plates) are for the reporter and staff only.
        List<TrackedComplaint.AttachmentInfo> attachments = !fullView ? List.of() : jdbc.sql("""
                        select id, file_name, media_type, size_bytes from complaint_attachment
                         where complaint_id = :id order by id""")
                .param("id", c.id())
                .query((rs, row) -> new TrackedComplaint.AttachmentInfo(rs.getLong("id"), rs.getString("file_name"),
                        rs.getString("media_type"), rs.getInt("size_bytes")))
                .list();
        return new TrackedComplaint(c.trackingNumber(), c.type(), c.status(), c.categoryCode(), c.title(),
                c.description(), c.incidentDate(), c.provinceCode(), c.regencyCode(), c.districtCode(), c.address(),
                c.doorAgencyCode(), c.requestedAgencyCode(), c.currentAgencyCode(), c.anonymous(), c.confidential(),
                name, reporterView ? reporter.email() : null, reporterView ? reporter.phone() : null,
                c.submittedAt(), trail, attachments, messages(c, fullView), fullView, outcome(c, fullView));
    }
}
