package id.sp4n.portal.integration;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import id.sp4n.portal.complaint.ComplaintActedOn;
import id.sp4n.portal.complaint.ComplaintFacts;
import id.sp4n.portal.complaint.ComplaintHandedOver;
import id.sp4n.portal.complaint.ComplaintRouted;
import id.sp4n.portal.complaint.ReporterActedOn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the stored complaint events into webhook deliveries: one row per event and endpoint whose system's subtree
 * holds the complaint now or held it before the change (so a system learns that a complaint left it). The event log
 * hands each event over at least once; the event's own id makes a second hand-over queue nothing. Queueing is all this
 * does: sending is {@link WebhookSender}'s, so no endpoint can slow the intake or casework down.
 * The payload is a hint — number, kind, state, holder — with nothing personal; the system reads the complaint (and its
 * version) with its key.
 */
@Component
class WebhookFeed {

    private final WebhookEndpoints endpoints;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    WebhookFeed(WebhookEndpoints endpoints, JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.endpoints = endpoints;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    record Data(String trackingNumber, String action, String status, String agencyCode, String agencyBefore) {
    }

    record Payload(String type, Instant timestamp, Data data) {
    }

    @ApplicationModuleListener
    void on(ComplaintRouted routed) {
        queue("complaint.arrived", routed.routedAt(),
                new Data(routed.trackingNumber(), "ROUTED", "SUBMITTED", routed.agencyCode(), null));
    }

    @ApplicationModuleListener
    void on(ComplaintActedOn acted) {
        changed(acted.complaint(), acted.action().name(), acted.agencyBefore(), acted.at());
    }

    @ApplicationModuleListener
    void on(ReporterActedOn acted) {
        changed(acted.complaint(), "REPORTER_" + acted.action().name(), acted.agencyBefore(), acted.at());
    }

    @ApplicationModuleListener
    void on(ComplaintHandedOver handedOver) {
        changed(handedOver.complaint(), "HANDED_OVER", handedOver.agencyBefore(), handedOver.at());
    }

    private void changed(ComplaintFacts complaint, String action, String agencyBefore, Instant at) {
        queue("complaint.changed", at, new Data(complaint.trackingNumber(), action, complaint.status().name(),
                complaint.agencyCode(), agencyBefore));
    }

    private void queue(String type, Instant at, Data data) {
        List<String> holders = new ArrayList<>();
        holders.add(data.agencyCode());
        holders.add(data.agencyBefore());
        List<WebhookEndpoints.Target> targets = endpoints.reaching(holders);
        if (targets.isEmpty()) {
            return;
        }
        String eventId = "msg_" + ApiKeySecret.sha256(type + "|" + data.trackingNumber() + "|" + data.action() + "|"
                + at.toEpochMilli()).substring(0, 32);
        String payload = json.writeValueAsString(new Payload(type, at, data));
        Timestamp now = Timestamp.from(clock.instant());
        for (WebhookEndpoints.Target target : targets) {
            jdbc.sql("""
                            insert into webhook_delivery (endpoint_id, event_id, event_type, tracking_number, payload,
                                                          status, next_attempt_at, created_at)
                            values (:endpoint, :event, :type, :number, :payload, 'PENDING', :now, :now)
                            on conflict (endpoint_id, event_id) do nothing""")
                    .param("endpoint", target.endpointId()).param("event", eventId).param("type", type)
                    .param("number", data.trackingNumber()).param("payload", payload).param("now", now).update();
        }
    }
}
