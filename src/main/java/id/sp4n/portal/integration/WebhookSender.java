package id.sp4n.portal.integration;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what {@link WebhookFeed} queued, signed (Standard Webhooks), from every instance at once: each claims a batch
 * with {@code for update skip locked} and a lease (SENDING until the lease ends: a claim lost with its instance is
 * retried then).
 * The batch goes out concurrently, each call with short timeouts, so one slow endpoint delays a batch by at most the
 * request timeout. A 2xx answer delivers; anything else is retried on the Standard Webhooks schedule (5 s, 5 min,
 * 30 min, 2 h, 5 h, 10 h, 10 h) and then given up on: the dead-letter list, which the agency admin can replay.
 */
@Component
class WebhookSender {

    static final List<Duration> RETRIES = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10),
            Duration.ofHours(10));
    static final int BATCH = 200;
    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(WebhookSender.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    WebhookSender(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Claimed(long id, long endpointId, String eventId, String payload, int attempts) {
    }

    private record Answer(int status, String error) {
    }

    @Scheduled(fixedDelay = 500, timeUnit = TimeUnit.MILLISECONDS, initialDelay = 2000)
    void sendDue() {
        int sent;
        do {
            sent = sendBatch();
        } while (sent == BATCH);
    }

    /** Claims and sends one batch; answers how many it claimed. */
    int sendBatch() {
        Instant now = clock.instant();
        List<Claimed> claimed = jdbc.sql("""
                        update webhook_delivery set status = 'SENDING', next_attempt_at = :lease,
                                                    attempts = attempts + 1
                         where id in (select id from webhook_delivery
                                       where status in ('PENDING', 'SENDING') and next_attempt_at <= :now
                                       order by next_attempt_at, id limit :batch for update skip locked)
                        returning id, endpoint_id, event_id, payload, attempts""")
                .param("lease", Timestamp.from(now.plus(LEASE))).param("now", Timestamp.from(now))
                .param("batch", BATCH)
                .query((rs, row) -> new Claimed(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5)))
                .list();
        if (claimed.isEmpty()) {
            return 0;
        }
        Map<Long, String[]> targets = jdbc.sql("select id, url, secret from webhook_endpoint where id in (:ids)")
                .param("ids", claimed.stream().map(Claimed::endpointId).distinct().toList())
                .query((rs, row) -> new Object[] {rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)}})
                .list().stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (String[]) r[1]));
        long timestamp = now.getEpochSecond();
        List<CompletableFuture<Answer>> answers = claimed.stream().map(delivery -> {
            String[] target = targets.get(delivery.endpointId());
            HttpRequest request = HttpRequest.newBuilder(URI.create(target[0])).timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("webhook-id", delivery.eventId())
                    .header("webhook-timestamp", String.valueOf(timestamp))
                    .header("webhook-signature", WebhookSignature.sign(target[1], delivery.eventId(), timestamp,
                            delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload())).build();
            return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .thenApply(response -> new Answer(response.statusCode(), null))
                    .exceptionally(failure -> new Answer(0, describe(failure)));
        }).toList();
        for (int i = 0; i < claimed.size(); i++) {
            record(claimed.get(i), answers.get(i).join());
        }
        return claimed.size();
    }

    private void record(Claimed delivery, Answer answer) {
        Instant now = clock.instant();
        if (answer.status() >= 200 && answer.status() < 300) {
            jdbc.sql("""
                            update webhook_delivery set status = 'DELIVERED', delivered_at = :now, last_status = :status,
                                                        last_error = null where id = :id""")
                    .param("now", Timestamp.from(now)).param("status", answer.status()).param("id", delivery.id())
                    .update();
            return;
        }
        boolean giveUp = delivery.attempts() > RETRIES.size();
        Instant next = giveUp ? now : now.plus(RETRIES.get(delivery.attempts() - 1));
        jdbc.sql("""
                        update webhook_delivery set status = :state, next_attempt_at = :next, last_status = :status,
                                                    last_error = :error where id = :id""")
                .param("state", giveUp ? "DEAD" : "PENDING").param("next", Timestamp.from(next))
                .param("status", answer.status() == 0 ? null : answer.status())
                .param("error", answer.error() == null ? "HTTP " + answer.status() : answer.error())
                .param("id", delivery.id()).update();
        if (giveUp) {
            LOG.warn("Webhook {} given up after {} attempts: {}", delivery.eventId(), delivery.attempts(),
                    answer.error() == null ? "HTTP " + answer.status() : answer.error());
        }
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure.getCause() == null ? failure : failure.getCause();
        String text = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
