package id.sp4n.portal.integration.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import id.sp4n.portal.integration.KeyHolder;
import id.sp4n.portal.integration.WebhookEndpoints;
import id.sp4n.portal.shared.InvalidRequestException;
import id.sp4n.portal.shared.LocalizedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * A connected system's webhook endpoints (docs/0051): it registers a URL and receives the signing secret once, lists
 * its endpoints and deliveries (the dead ones too), replays what was given up on, and switches an endpoint off.
 */
@RestController
class WebhookApiController {

    static final String BASE = "/api/v1/integration/webhooks";
    private static final int DELIVERIES_SHOWN = 100;

    private final WebhookEndpoints endpoints;
    private final JsonMapper json;
    private final IntegrationRefusals refusals;

    WebhookApiController(WebhookEndpoints endpoints, JsonMapper json, IntegrationRefusals refusals) {
        this.endpoints = endpoints;
        this.refusals = refusals;
        this.json = json;
    }

    record RegisterJson(String url) {
    }

    record RegisteredJson(long id, String url, String secret) {
    }

    record ReplayedJson(int queued) {
    }

    @PostMapping(BASE)
    ResponseEntity<RegisteredJson> register(@AuthenticationPrincipal KeyHolder holder, @RequestBody byte[] body) {
        RegisterJson wanted;
        try {
            wanted = json.readValue(CallParameters.utf8(body), RegisterJson.class);
        } catch (RuntimeException malformed) {
            throw new InvalidRequestException("integration.error.json");
        }
        WebhookEndpoints.Registered registered = endpoints.register(holder, wanted.url());
        return ResponseEntity.status(HttpStatus.CREATED).header("Cache-Control", "no-store")
                .body(new RegisteredJson(registered.endpoint().id(), registered.endpoint().url(), registered.secret()));
    }

    @GetMapping(BASE)
    List<WebhookEndpoints.Endpoint> list(@AuthenticationPrincipal KeyHolder holder) {
        return endpoints.of(holder.systemId());
    }

    @GetMapping(BASE + "/deliveries")
    List<WebhookEndpoints.Delivery> deliveries(@AuthenticationPrincipal KeyHolder holder,
                                               @RequestParam(required = false) String status) {
        String wanted = status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
        if (wanted != null && !List.of("PENDING", "SENDING", "DELIVERED", "DEAD").contains(wanted)) {
            throw new InvalidRequestException("integration.webhook.status", id.sp4n.portal.shared.FormInput.shortened(status));
        }
        return endpoints.deliveries(holder.systemId(), wanted, DELIVERIES_SHOWN);
    }

    @PostMapping(BASE + "/deliveries/replay")
    ReplayedJson replay(@AuthenticationPrincipal KeyHolder holder) {
        return new ReplayedJson(endpoints.replay(holder.systemId(), null));
    }

    @PostMapping(BASE + "/{id}/disable")
    ResponseEntity<Void> disable(@AuthenticationPrincipal KeyHolder holder, @PathVariable long id) {
        endpoints.disable(holder.systemId(), id);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(LocalizedException.class)
    ResponseEntity<IntegrationRefusals.RefusedJson> refused(LocalizedException refusal, HttpServletRequest call) {
        return refusals.api(refusal, call);
    }
}
