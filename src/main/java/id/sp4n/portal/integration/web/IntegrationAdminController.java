package id.sp4n.portal.integration.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import id.sp4n.portal.integration.Access;
import id.sp4n.portal.integration.ConnectedSystems;
import id.sp4n.portal.integration.WebhookEndpoints;
import id.sp4n.portal.identity.PortalUser;
import id.sp4n.portal.shared.FormRefusal;
import id.sp4n.portal.shared.LocalizedException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admin's connected systems: the list with a form for a new one, each system's keys and latest calls, and the
 * key actions. A key is shown once, on the page that answers the post that issued it (never in an address, never
 * cached); a refused form comes back as typed.
 */
@Controller
class IntegrationAdminController {

    private static final int CALLS_SHOWN = 50;
    private static final Map<String, String> FIELD_OF_PROBLEM = Map.of(
            "integration.error.name", "name", "integration.error.agency", "agencyCode",
            "integration.refused", "agencyCode", "integration.error.access", "access",
            "integration.error.calls", "callsPerMinute");

    private static final int DELIVERIES_SHOWN = 20;

    private final ConnectedSystems systems;
    private final WebhookEndpoints webhooks;
    private final MessageSource messages;

    IntegrationAdminController(ConnectedSystems systems, WebhookEndpoints webhooks, MessageSource messages) {
        this.systems = systems;
        this.webhooks = webhooks;
        this.messages = messages;
    }

    @GetMapping("/admin/integrasi")
    String all(@AuthenticationPrincipal PortalUser admin, Model model) {
        return list(admin, new ConnectedSystems.SystemForm("", admin.agencyCode(), Access.READ.name(), ""), model);
    }

    @PostMapping("/admin/integrasi")
    String create(@AuthenticationPrincipal PortalUser admin, ConnectedSystems.SystemForm form, Model model,
                  Locale locale, HttpServletResponse response) {
        try {
            return issued(systems.create(admin, form), model, response);
        } catch (LocalizedException refusal) {
            FormRefusal.show(refusal, FIELD_OF_PROBLEM, "system-", messages, locale, model, response);
            return list(admin, form, model);
        }
    }

    @GetMapping("/admin/integrasi/{id}")
    String system(@AuthenticationPrincipal PortalUser admin, @PathVariable long id, Model model) {
        model.addAttribute("system", systems.get(admin, id));
        model.addAttribute("calls", systems.recentCalls(admin, id, CALLS_SHOWN));
        model.addAttribute("endpoints", webhooks.of(id));
        model.addAttribute("deliveries", webhooks.deliveries(id, null, DELIVERIES_SHOWN));
        model.addAttribute("dead", webhooks.deliveries(id, "DEAD", DELIVERIES_SHOWN));
        return "integration/system";
    }

    /** Sends the system's given-up webhook deliveries again, from the first try. */
    @PostMapping("/admin/integrasi/{id}/webhook/ulang")
    String replay(@AuthenticationPrincipal PortalUser admin, @PathVariable long id) {
        systems.get(admin, id);
        return "redirect:/admin/integrasi/" + id + "?diulang=" + webhooks.replay(id, null);
    }

    @PostMapping("/admin/integrasi/{id}/putar")
    String rotate(@AuthenticationPrincipal PortalUser admin, @PathVariable long id, Model model,
                  HttpServletResponse response) {
        return issued(systems.rotate(admin, id), model, response);
    }

    @PostMapping("/admin/integrasi/{id}/cabut")
    String revoke(@AuthenticationPrincipal PortalUser admin, @PathVariable long id, @RequestParam String kunci) {
        systems.revoke(admin, id, kunci);
        return "redirect:/admin/integrasi/" + id + "?dicabut";
    }

    @PostMapping("/admin/integrasi/{id}/tutup")
    String close(@AuthenticationPrincipal PortalUser admin, @PathVariable long id) {
        systems.close(admin, id);
        return "redirect:/admin/integrasi?ditutup";
    }

    private String list(PortalUser admin, ConnectedSystems.SystemForm form, Model model) {
        model.addAttribute("systems", systems.of(admin));
        model.addAttribute("form", form);
        model.addAttribute("accesses", Access.values());
        return "integration/admin";
    }

    private String issued(ConnectedSystems.IssuedKey key, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("key", key);
        return "integration/issued";
    }
}
