package id.sp4n.portal.integration;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.shared.InvalidRequestException;
import id.sp4n.portal.shared.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a connected system wants its events: it registers a URL itself (with its key) and receives the signing
 * secret once; the system and its agency admin see the deliveries, and the admin replays what was given up on.
 */
@Service
@Transactional
public class WebhookEndpoints {

    static final int URL_MAX = 500;

    public record Endpoint(long id, long systemId, String url, Instant createdAt, Instant disabledAt) {
    }

    /** An endpoint just registered, with its secret (shown this once). */
    public record Registered(Endpoint endpoint, String secret) {
    }

    public record Delivery(long id, long endpointId, String eventId, String eventType, String trackingNumber,
                           String status, int attempts, Instant nextAttemptAt, Integer lastStatus, String lastError,
                           Instant createdAt, Instant deliveredAt) {
    }

    /** An endpoint that may receive an event, with what signing needs. */
    record Target(long endpointId, String url, String secret, String agencyCode) {
    }

    private final JdbcClient jdbc;
    private final AgencyHierarchy agencies;
    private final Clock clock;

    WebhookEndpoints(JdbcClient jdbc, AgencyHierarchy agencies, Clock clock) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.clock = clock;
    }

    public Registered register(KeyHolder holder, String url) {
        String checked = checkedUrl(url);
        String secret = WebhookSignature.newSecret();
        Instant now = clock.instant();
        long id = jdbc.sql("""
                        insert into webhook_endpoint (system_id, url, secret, created_at)
                        values (:system, :url, :secret, :now) returning id""")
                .param("system", holder.systemId()).param("url", checked).param("secret", secret)
                .param("now", Timestamp.from(now)).query(Long.class).single();
        return new Registered(new Endpoint(id, holder.systemId(), checked, now, null), secret);
    }

    @Transactional(readOnly = true)
    public List<Endpoint> of(long systemId) {
        return jdbc.sql("""
                        select id, system_id, url, created_at, disabled_at from webhook_endpoint
                         where system_id = :system order by id""")
                .param("system", systemId)
                .query((rs, row) -> new Endpoint(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** Stops deliveries to the endpoint; those still queued are given up on (dead), so a replay can resend them. */
    public void disable(long systemId, long endpointId) {
        int changed = jdbc.sql("""
                        update webhook_endpoint set disabled_at = :now
                         where id = :id and system_id = :system and disabled_at is null""")
                .param("now", Timestamp.from(clock.instant())).param("id", endpointId).param("system", systemId)
                .update();
        if (changed == 0) {
            throw new RecordNotFoundException("integration.webhook.notFound", endpointId);
        }
        jdbc.sql("update webhook_delivery set status = 'DEAD' where endpoint_id = :id and status in ('PENDING', 'SENDING')")
                .param("id", endpointId).update();
    }

    @Transactional(readOnly = true)
    public List<Delivery> deliveries(long systemId, String status, int limit) {
        return jdbc.sql("""
                        select d.* from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id
                         where e.system_id = :system and (cast(:status as varchar) is null or d.status = :status)
                         order by d.created_at desc, d.id desc limit :limit""")
                .param("system", systemId).param("status", status).param("limit", limit)
                .query((rs, row) -> new Delivery(rs.getLong("id"), rs.getLong("endpoint_id"), rs.getString("event_id"),
                        rs.getString("event_type"), rs.getString("tracking_number"), rs.getString("status"),
                        rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant(),
                        (Integer) rs.getObject("last_status"), rs.getString("last_error"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("delivered_at") == null ? null : rs.getTimestamp("delivered_at").toInstant()))
                .list();
    }

    /** Queues the system's dead deliveries (one, or all when {@code deliveryId} is null) again, from the first try. */
    public int replay(long systemId, Long deliveryId) {
        return jdbc.sql("""
                        update webhook_delivery d set status = 'PENDING', attempts = 0, next_attempt_at = :now
                          from webhook_endpoint e
                         where e.id = d.endpoint_id and e.system_id = :system and e.disabled_at is null
                           and d.status = 'DEAD' and (cast(:delivery as bigint) is null or d.id = :delivery)""")
                .param("now", Timestamp.from(clock.instant())).param("system", systemId).param("delivery", deliveryId)
                .update();
    }

    /** The open endpoints whose system's subtree contains one of {@code agencyCodes}. */
    @Transactional(readOnly = true)
    List<Target> reaching(List<String> agencyCodes) {
        return jdbc.sql("""
                        select e.id, e.url, e.secret, s.agency_code from webhook_endpoint e
                          join connected_system s on s.id = e.system_id
                         where e.disabled_at is null and s.closed_at is null""")
                .query((rs, row) -> new Target(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list().stream()
                .filter(t -> agencyCodes.stream().anyMatch(code -> code != null
                        && agencies.tree().contains(code) && agencies.tree().isWithin(code, t.agencyCode())))
                .toList();
    }

    /** An absolute http(s) address without credentials in it; anything else is refused with the reason. */
    private static String checkedUrl(String url) {
        if (url == null || url.isBlank() || url.strip().length() > URL_MAX) {
            throw new InvalidRequestException("integration.webhook.url", URL_MAX);
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getRawUserInfo() != null) {
                throw new InvalidRequestException("integration.webhook.url", URL_MAX);
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new InvalidRequestException("integration.webhook.url", URL_MAX);
        }
    }
}
