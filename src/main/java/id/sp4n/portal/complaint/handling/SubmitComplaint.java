package id.sp4n.portal.complaint.handling;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.sp4n.portal.complaint.CleanAttachment;
import id.sp4n.portal.complaint.ComplaintReceived;
import id.sp4n.portal.complaint.ComplaintStatus;
import id.sp4n.portal.complaint.ComplaintSubmitted;
import id.sp4n.portal.complaint.IntakeLabelled;
import id.sp4n.portal.complaint.NewComplaint;
import id.sp4n.portal.complaint.Submission;
import id.sp4n.portal.complaint.TrackingLinkIssued;
import id.sp4n.portal.complaint.TrackingNumber;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a validated report in one transaction: the complaint, its attachments and the
 * {@link ComplaintSubmitted} event (plus {@link TrackingLinkIssued} for a guest with an e-mail address) in the
 * event publication registry. The form's access key makes a repeated post (double click, refresh,
 * back-and-resubmit) find the complaint it already created instead of creating another.
 */
@Service
public class SubmitComplaint {

    private final SubmissionQuota quota;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SubmitComplaint(SubmissionQuota quota, JdbcClient jdbc,
                    ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
        this.quota = quota;
        this.jdbc = jdbc;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * @param accessKey  the form's key ({@link AccessKey#generate()}); it becomes the private link's secret
     * @param clientKeys what the submission quota counts against, e.g. {@code ip:…} and {@code account:…}
     */
    public Submission submit(NewComplaint report, String accessKey, List<String> clientKeys) {
        if (!AccessKey.isWellFormed(accessKey)) {
            throw new IllegalArgumentException("Malformed access key");
        }
        if (quota.isEnabled()) {
            Optional<Submission> earlier = findEarlier(accessKey);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            quota.consume(clientKeys);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> findEarlier(accessKey).orElseGet(() -> store(report, accessKey)));
            } catch (DataIntegrityViolationException violation) {
                // The same form was posted twice at the same moment and the other post won: show its complaint.
                Optional<Submission> twin = findEarlier(accessKey);
                if (twin.isPresent()) {
                    return twin.get();
                }
                // Otherwise two complaints drew the same random number (about once in 10^16): draw again.
                if (attempt == 3) {
                    throw violation;
                }
            }
        }
    }

    private Optional<Submission> findEarlier(String accessKey) {
        return jdbc.sql("select tracking_number from complaint where access_key_hash = :hash")
                .param("hash", AccessKey.hash(accessKey)).query(String.class).optional()
                .map(number -> new Submission(new TrackingNumber(number), accessKey, true));
    }

    private Submission store(NewComplaint report, String accessKey) {
        TrackingNumber number = TrackingNumber.random();
        Instant now = clock.instant();
        Reporter reporter = report.reporter();
        // Plain SQL: this runs for every submission, and Hibernate's persist and flush cost more CPU than the
        // rest of the transaction (docs/benchmarks.md). Officers' changes go through the Complaint entity.
        long complaintId = jdbc.sql("""
                        insert into complaint (tracking_number, access_key_hash, type, status, title, description,
                                               incident_date, province_code, regency_code, district_code, address,
                                               category_code, requested_agency_code, door_agency_code, anonymous,
                                               confidential, reporter_account_id, reporter_name, reporter_email,
                                               reporter_phone, reporter_locale, submitted_at, channel)
                        values (:number, :keyHash, :type, :status, :title, :description, :incidentDate, :province,
                                :regency, :district, :address, :category, :requested, :door, :anonymous,
                                :confidential, :account, :name, :email, :phone, :locale, :now, :channel)
                        returning id""")
                .param("number", number.value()).param("keyHash", AccessKey.hash(accessKey))
                .param("type", report.type().name()).param("status", ComplaintStatus.SUBMITTED.name())
                .param("title", report.title()).param("description", report.description())
                .param("incidentDate", report.incidentDate()).param("province", report.provinceCode())
                .param("regency", report.regencyCode()).param("district", report.districtCode())
                .param("address", report.address()).param("category", report.categoryCode())
                .param("requested", report.destinationAgencyCode()).param("door", report.doorAgencyCode())
                .param("anonymous", report.anonymous()).param("confidential", report.confidential())
                .param("account", reporter.accountId()).param("name", reporter.name())
                .param("email", reporter.email()).param("phone", reporter.phone())
                .param("locale", reporter.locale()).param("now", Timestamp.from(now))
                .param("channel", report.channel().name())
                .query(Long.class).single();
        events.publishEvent(new ComplaintSubmitted(number.value(), report.type(), report.categoryCode(),
                report.provinceCode(), report.regencyCode(), report.doorAgencyCode(), report.destinationAgencyCode(),
                report.channel(), report.confidential(), now));
        if (report.label() != null) {
            events.publishEvent(new IntakeLabelled(number.value(), report.label(), now));
        }
        for (CleanAttachment attachment : report.attachments()) {
            jdbc.sql("""
                            insert into complaint_attachment (complaint_id, file_name, media_type, size_bytes, sha256, content)
                            values (:complaint, :name, :type, :size, :sha, :content)""")
                    .param("complaint", complaintId).param("name", attachment.fileName())
                    .param("type", attachment.mediaType()).param("size", attachment.size())
                    .param("sha", attachment.sha256()).param("content", attachment.content())
                    .update();
        }
        if (reporter.isGuest() && reporter.email() != null) {
            events.publishEvent(new TrackingLinkIssued(number.value(), reporter.email(), reporter.name(), accessKey,
                    reporter.locale()));
        } else if (!reporter.isGuest()) {
            events.publishEvent(new ComplaintReceived(number.value()));
        }
        return new Submission(number, accessKey, false);
    }
}
