package id.sp4n.portal.complaint;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

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

    private final ComplaintRepository complaints;
    private final SubmissionQuota quota;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SubmitComplaint(ComplaintRepository complaints, SubmissionQuota quota, JdbcClient jdbc,
                    ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
        this.complaints = complaints;
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
        return complaints.findByAccessKeyHash(AccessKey.hash(accessKey))
                .map(c -> new Submission(new TrackingNumber(c.trackingNumber()), accessKey, true));
    }

    private Submission store(NewComplaint report, String accessKey) {
        TrackingNumber number = TrackingNumber.random();
        Complaint complaint = Complaint.submit(number, AccessKey.hash(accessKey), report, clock.instant());
        complaints.save(complaint);
        for (CleanAttachment attachment : report.attachments()) {
            jdbc.sql("""
                            insert into complaint_attachment (complaint_id, file_name, media_type, size_bytes, sha256, content)
                            values (:complaint, :name, :type, :size, :sha, :content)""")
                    .param("complaint", complaint.id()).param("name", attachment.fileName())
                    .param("type", attachment.mediaType()).param("size", attachment.size())
                    .param("sha", attachment.sha256()).param("content", attachment.content())
                    .update();
        }
        Reporter reporter = report.reporter();
        if (reporter.isGuest() && reporter.email() != null) {
            events.publishEvent(new TrackingLinkIssued(number.value(), reporter.email(), reporter.name(), accessKey,
                    reporter.locale()));
        }
        return new Submission(number, accessKey, false);
    }
}
