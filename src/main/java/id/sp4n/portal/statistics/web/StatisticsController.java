package id.sp4n.portal.statistics.web;

import java.util.List;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.shared.PublicPage;
import id.sp4n.portal.shared.ReadsFromReplica;
import id.sp4n.portal.statistics.StatisticsFigures;
import id.sp4n.portal.statistics.StatisticsFigures.Dimension;
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

    /** The breakdowns the pages show (and their figure exports hold). */
    static final List<Dimension> SHOWN = List.of(Dimension.TYPE, Dimension.CHANNEL, Dimension.RATING);

    private final StatisticsFigures figures;
    private final AgencyHierarchy agencies;
    private final ViewRequests requests;

    StatisticsController(StatisticsFigures figures, AgencyHierarchy agencies, ViewRequests requests) {
        this.figures = figures;
        this.agencies = agencies;
        this.requests = requests;
    }

    @PublicPage
    @ReadsFromReplica
    @GetMapping("/statistik")
    String national(@RequestParam(required = false) String dari, @RequestParam(required = false) String sampai,
                    Model model) {
        return show(requests.resolve(null, dari, sampai), model);
    }

    /** Unit codes contain one slash ({@code pemda-32.73/DISDIK}), so a unit's page has two path segments. */
    @PublicPage
    @ReadsFromReplica
    @GetMapping({"/statistik/instansi/{code}", "/statistik/instansi/{code}/{unit}"})
    String agency(@PathVariable String code, @PathVariable(required = false) String unit,
                  @RequestParam(required = false) String dari, @RequestParam(required = false) String sampai,
                  Model model) {
        return show(requests.resolve(unit == null ? code : code + "/" + unit, dari, sampai), model);
    }

    @PublicPage
    @GetMapping("/statistik/metode")
    String method() {
        return "statistics/method";
    }

    private String show(ViewRequests.View view, Model model) {
        StatisticsFigures.Overview overview = figures.overview(view.publicScope(), SHOWN);
        model.addAttribute("agency", view.agency());
        model.addAttribute("national", view.agency().isRoot());
        model.addAttribute("from", view.from());
        model.addAttribute("to", view.to());
        model.addAttribute("figures", overview.headline());
        model.addAttribute("durations", overview.durations());
        model.addAttribute("byType", overview.breakdowns().get(Dimension.TYPE));
        model.addAttribute("byChannel", overview.breakdowns().get(Dimension.CHANNEL));
        model.addAttribute("byRating", overview.breakdowns().get(Dimension.RATING));
        model.addAttribute("children", agencies.tree().children(view.agency().code()));
        return "statistics/overview";
    }
}
