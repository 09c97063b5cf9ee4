package id.sp4n.portal.system;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How often an event whose listener failed (database gone, SMTP down, an address the server refuses) is tried again,
 * and when the portal gives up: the n-th retry waits {@code retry-interval × 2ⁿ}, at most
 * {@code portal.events.longest-wait} (5 minutes). Mail is given up after {@code portal.events.max-attempts} retries
 * (12, about half an hour of tries): the publication leaves the event log for {@code failed_event}, which keeps what it
 * was about and nothing of its content — no secret link, no address. Every other listener (routing, recalculations)
 * is retried until it succeeds, since giving up would lose a complaint's processing.
 */
@Service
public class EventDeliveries {

    /** Listeners whose deliveries may be given up: those that send mail. */
    private static final String BOUNDED_LISTENERS = "id.sp4n.portal.notification.%";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration interval;
    private final int maxAttempts;
    private final Duration longestWait;

    EventDeliveries(JdbcClient jdbc, Clock clock, @Value("${portal.events.retry-interval:PT30S}") Duration interval,
                    @Value("${portal.events.max-attempts:12}") int maxAttempts,
                    @Value("${portal.events.longest-wait:PT5M}") Duration longestWait) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.interval = interval;
        this.maxAttempts = maxAttempts;
        this.longestWait = longestWait;
    }

    public record Failure(String listener, String eventType, String subject, Instant publishedAt, int attempts,
                          Instant failedAt) {
    }

    public record Overview(long retrying, int maxAttempts, List<Failure> failures) {
    }

    /** Whether a failed publication should be tried again now. */
    boolean due(EventPublication publication) {
        int attempts = publication.getCompletionAttempts();
        Instant last = publication.getLastResubmissionDate() != null ? publication.getLastResubmissionDate()
                : publication.getPublicationDate();
        return !clock.instant().isBefore(last.plus(waitAfter(attempts)));
    }

    private Duration waitAfter(int attempts) {
        Duration wait = interval.multipliedBy(1L << Math.min(attempts, 20));
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }

    /** Moves publications whose last allowed try has failed to {@code failed_event}; answers how many. */
    @Transactional
    public int giveUpOnExhausted() {
        Instant now = clock.instant();
        return jdbc.sql("""
                        with exhausted as (
                            delete from event_publication
                             where completion_date is null and completion_attempts >= :max
                               and listener_id like :bounded
                               and coalesce(last_resubmission_date, publication_date) < :settled
                            returning id, listener_id, event_type, serialized_event::jsonb as event, publication_date,
                                      completion_attempts)
                        insert into failed_event (id, listener, event_type, subject, published_at, attempts, failed_at)
                        select id, listener_id, event_type,
                               coalesce(event ->> 'trackingNumber', event -> 'facts' ->> 'number', event ->> 'number',
                                        'akun ' || (event ->> 'accountId')),
                               publication_date, completion_attempts, :now
                          from exhausted
                        on conflict (id) do nothing""")
                .param("max", maxAttempts).param("bounded", BOUNDED_LISTENERS)
                // The last try had time to finish (the same wait as before it), so a running try is not cut off.
                .param("settled", Timestamp.from(now.minus(waitAfter(maxAttempts))))
                .param("now", Timestamp.from(now))
                .update();
    }

    @Transactional(readOnly = true)
    public Overview overview() {
        long retrying = jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class).single();
        List<Failure> failures = jdbc.sql("""
                        select listener, event_type, subject, published_at, attempts, failed_at from failed_event
                         order by failed_at desc, id limit 200""")
                .query((rs, row) -> new Failure(shortName(rs.getString("listener")),
                        rs.getString("event_type").substring(rs.getString("event_type").lastIndexOf('.') + 1),
                        rs.getString("subject"), rs.getTimestamp("published_at").toInstant(), rs.getInt("attempts"),
                        rs.getTimestamp("failed_at").toInstant()))
                .list();
        return new Overview(retrying, maxAttempts, failures);
    }

    /** {@code id.sp4n.portal.notification.TrackingLinkMail.send(id.sp4n…)} → {@code TrackingLinkMail.send}. */
    private static String shortName(String listenerId) {
        String method = listenerId.contains("(") ? listenerId.substring(0, listenerId.indexOf('(')) : listenerId;
        String[] parts = method.split("\\.");
        return parts.length < 2 ? method : parts[parts.length - 2] + "." + parts[parts.length - 1];
    }
}
