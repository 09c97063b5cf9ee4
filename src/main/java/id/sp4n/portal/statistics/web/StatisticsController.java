package id.sp4n.portal.statistics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.agency.AgencyNode;
import id.sp4n.portal.shared.InvalidRequestException;
import id.sp4n.portal.shared.PublicPage;
import id.sp4n.portal.shared.ReadsFromReplica;
import id.sp4n.portal.shared.RecordNotFoundException;
import id.sp4n.portal.statistics.Scope;
import id.sp4n.portal.statistics.StatisticsFigures;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public figures: the nation's ({@code /statistik}) and an agency's with everything below it
 * ({@code /statistik/instansi/<code>}), for a period of filing dates ({@code dari}, {@code sampai}; this year so far
 * unless given), never counting confidential complaints; and the method page that defines every number.
 */
@Controller
class StatisticsController {

    private final StatisticsFigures figures;
    private final AgencyHierarchy agencies;
    private final Clock clock;

    StatisticsController(StatisticsFigures figures, AgencyHierarchy agencies, Clock clock) {
        this.figures = figures;
        this.agencies = agencies;
        this.clock = clock;
    }

    @PublicPage
    @ReadsFromReplica
    @GetMapping("/statistik")
    String national(@RequestParam(required = false) String dari, @RequestParam(required = false) String sampai,
                    Model model) {
        return show(agencies.tree().root(), dari, sampai, model);
    }

    /** Unit codes contain one slash ({@code pemda-32.73/DISDIK}), so a unit's page has two path segments. */
    @PublicPage
    @ReadsFromReplica
    @GetMapping({"/statistik/instansi/{code}", "/statistik/instansi/{code}/{unit}"})
    String agency(@PathVariable String code, @PathVariable(required = false) String unit,
                  @RequestParam(required = false) String dari, @RequestParam(required = false) String sampai,
                  Model model) {
        String wanted = unit == null ? code : code + "/" + unit;
        AgencyNode agency = agencies.tree().find(wanted)
                .orElseThrow(() -> new RecordNotFoundException("statistics.error.agency", wanted));
        return show(agency, dari, sampai, model);
    }

    @PublicPage
    @GetMapping("/statistik/metode")
    String method() {
        return "statistics/method";
    }

    private String show(AgencyNode agency, String from, String to, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(Scope.PERIOD_ZONE));
        LocalDate start = date(from, today.withDayOfYear(1));
        LocalDate end = date(to, today);
        if (start.isAfter(end)) {
            throw new InvalidRequestException("statistics.error.order", start, end);
        }
        Scope scope = new Scope(agency.code(), true, start, end, true);
        model.addAttribute("agency", agency);
        model.addAttribute("national", agency.isRoot());
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("figures", figures.headline(scope));
        model.addAttribute("durations", figures.durations(scope));
        model.addAttribute("byType", figures.breakdown(scope, StatisticsFigures.Dimension.TYPE));
        model.addAttribute("byChannel", figures.breakdown(scope, StatisticsFigures.Dimension.CHANNEL));
        model.addAttribute("byRating", figures.breakdown(scope, StatisticsFigures.Dimension.RATING));
        model.addAttribute("children", agencies.tree().children(agency.code()));
        return "statistics/overview";
    }

    private static LocalDate date(String given, LocalDate otherwise) {
        if (given == null || given.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(given.strip());
        } catch (DateTimeParseException notADate) {
            throw new InvalidRequestException("statistics.error.date", given.length() > 20 ? given.substring(0, 20) : given);
        }
    }
}
