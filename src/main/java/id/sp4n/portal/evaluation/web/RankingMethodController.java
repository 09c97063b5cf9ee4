package id.sp4n.portal.evaluation.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import id.sp4n.portal.audit.AuditLog;
import id.sp4n.portal.evaluation.Indicator;
import id.sp4n.portal.evaluation.RankingMethod;
import id.sp4n.portal.evaluation.RankingMethods;
import id.sp4n.portal.evaluation.RankingPeriod;
import id.sp4n.portal.evaluation.Rankings;
import id.sp4n.portal.identity.PortalUser;
import id.sp4n.portal.shared.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /admin/peringkat/metode}: the national admin edits the draft of the next method version (weights, minimum
 * volume, peer groups, grade thresholds) and publishes it; both audited. {@code /admin/peringkat/hitung} computes a
 * period's ranking again now (an ongoing period is otherwise computed every 10 minutes).
 */
@Controller
class RankingMethodController {

    private static final String PAGE = "/admin/peringkat/metode";
    /** The form's number fields beside the weights, by parameter name. */
    private static final String[] NUMBERS = {"minimumVolume", "largeFrom", "mediumFrom", "veryGoodFrom", "goodFrom",
            "fairFrom"};

    private final RankingMethods methods;
    private final Rankings rankings;
    private final MessageSource messages;
    private final java.time.Clock clock;

    RankingMethodController(RankingMethods methods, Rankings rankings, MessageSource messages, java.time.Clock clock) {
        this.methods = methods;
        this.rankings = rankings;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(PAGE)
    String show(Model model) {
        RankingMethod shown = methods.draft().orElse(methods.published().getFirst());
        return page(model, typed(shown));
    }

    @PostMapping(PAGE)
    String save(@AuthenticationPrincipal PortalUser user, HttpServletRequest request) {
        Map<Indicator, Integer> weights = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            weights.put(indicator, number(request, "weight." + indicator.key()));
        }
        int[] numbers = new int[NUMBERS.length];
        for (int i = 0; i < NUMBERS.length; i++) {
            numbers[i] = number(request, NUMBERS[i]);
        }
        methods.saveDraft(actor(user), weights, numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[5],
                request.getParameter("note"));
        return "redirect:" + PAGE + "?selesai=simpan";
    }

    @PostMapping(PAGE + "/terbitkan")
    String publish(@AuthenticationPrincipal PortalUser user) {
        methods.publishDraft(actor(user));
        return "redirect:" + PAGE + "?selesai=terbit";
    }

    @PostMapping("/admin/peringkat/hitung")
    String recompute(@RequestParam(required = false) String periode) {
        RankingPeriod period = RankingPeriod.parse(periode, java.time.LocalDate.now(
                clock.withZone(id.sp4n.portal.statistics.Scope.PERIOD_ZONE)));
        rankings.compute(period, rankings.methodFor(period));
        return "redirect:" + UriComponentsBuilder.fromPath("/peringkat").queryParam("periode", period.toString())
                .queryParam("dihitung", "").build().toUriString();
    }

    /** A refused draft comes back with what was typed and the rule that refused it; nothing was saved. */
    @ExceptionHandler(InvalidRequestException.class)
    String refused(InvalidRequestException refusal, HttpServletRequest request, HttpServletResponse response,
                   Locale locale, Model model) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("problem", messages.getMessage(refusal.messageCode(), refusal.arguments(), locale));
        if (!request.getRequestURI().equals(PAGE)) {
            return page(model, typed(methods.draft().orElse(methods.published().getFirst())));
        }
        Map<String, String> typed = new LinkedHashMap<>();
        for (Indicator indicator : Indicator.values()) {
            typed.put("weight." + indicator.key(), request.getParameter("weight." + indicator.key()));
        }
        for (String field : NUMBERS) {
            typed.put(field, request.getParameter(field));
        }
        typed.put("note", request.getParameter("note"));
        return page(model, typed);
    }

    private String page(Model model, Map<String, String> typed) {
        model.addAttribute("published", methods.published());
        model.addAttribute("draft", methods.draft().orElse(null));
        model.addAttribute("typed", typed);
        model.addAttribute("indicators", Indicator.values());
        model.addAttribute("numbers", NUMBERS);
        return "evaluation/admin-method";
    }

    private static Map<String, String> typed(RankingMethod method) {
        Map<String, String> typed = new LinkedHashMap<>();
        method.weights().forEach((indicator, weight) -> typed.put("weight." + indicator.key(), String.valueOf(weight)));
        typed.put("minimumVolume", String.valueOf(method.minimumVolume()));
        typed.put("largeFrom", String.valueOf(method.largeFrom()));
        typed.put("mediumFrom", String.valueOf(method.mediumFrom()));
        typed.put("veryGoodFrom", String.valueOf(method.veryGoodFrom()));
        typed.put("goodFrom", String.valueOf(method.goodFrom()));
        typed.put("fairFrom", String.valueOf(method.fairFrom()));
        typed.put("note", method.published() ? "" : method.note());
        return typed;
    }

    private static int number(HttpServletRequest request, String field) {
        String given = request.getParameter(field);
        try {
            return Integer.parseInt(given == null ? "" : given.strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidRequestException("ranking.method.error.number",
                    new org.springframework.context.support.DefaultMessageSourceResolvable("ranking.field." + field));
        }
    }

    private static AuditLog.Actor actor(PortalUser user) {
        return new AuditLog.Actor(user.accountId(), user.displayName());
    }
}
