package id.sp4n.portal.statistics.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.category.CategoryCatalogue;
import id.sp4n.portal.shared.PublicPage;
import id.sp4n.portal.shared.ReadsFromReplica;
import id.sp4n.portal.statistics.Figure;
import id.sp4n.portal.statistics.RegionalComparison;
import id.sp4n.portal.statistics.Scope;
import id.sp4n.portal.statistics.StatisticsFigures;
import id.sp4n.portal.statistics.StatisticsFigures.Dimension;
import org.springframework.context.MessageSource;
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
    static final List<Dimension> SHOWN = List.of(Dimension.TYPE, Dimension.CHANNEL, Dimension.DOOR, Dimension.RATING,
            Dimension.ARCHIVE_REASON, Dimension.ESCALATION_LEVEL);

    /** What the page itself reads from one set of totals: the shown breakdowns and the categories' bars. */
    private static final List<Dimension> ON_THE_PAGE = Stream.concat(SHOWN.stream(),
            Stream.of(Dimension.CATEGORY, Dimension.REGENCY)).toList();

    /** How many categories the bars show; the table under them lists every one. */
    private static final int CATEGORY_BARS = 10;

    private final StatisticsFigures figures;
    private final RegionalComparison regional;
    private final AgencyHierarchy agencies;
    private final CategoryCatalogue categories;
    private final ViewRequests requests;
    private final MessageSource messages;
    private final FigureLists lists;

    StatisticsController(StatisticsFigures figures, RegionalComparison regional, AgencyHierarchy agencies,
                         CategoryCatalogue categories, ViewRequests requests, MessageSource messages,
                         FigureLists lists) {
        this.messages = messages;
        this.lists = lists;
        this.figures = figures;
        this.regional = regional;
        this.agencies = agencies;
        this.categories = categories;
        this.requests = requests;
    }

    @PublicPage
    @ReadsFromReplica
    @GetMapping("/statistik")
    String national(@RequestParam(required = false) String dari, @RequestParam(required = false) String sampai,
                    Model model, Locale locale) {
        return show(requests.resolve(null, dari, sampai), model, locale);
    }

    /** Unit codes contain one slash ({@code pemda-32.73/DISDIK}), so a unit's page has two path segments. */
    @PublicPage
    @ReadsFromReplica
    @GetMapping({"/statistik/instansi/{code}", "/statistik/instansi/{code}/{unit}"})
    String agency(@PathVariable String code, @PathVariable(required = false) String unit,
                  @RequestParam(required = false) String dari, @RequestParam(required = false) String sampai,
                  Model model, Locale locale) {
        return show(requests.resolve(unit == null ? code : code + "/" + unit, dari, sampai), model, locale);
    }

    /** The public complaints behind one headline figure of a view ({@code ukuran}: the figure's key). */
    @ReadsFromReplica
    @GetMapping("/statistik/laporan")
    String complaints(@RequestParam(required = false) String instansi, @RequestParam(required = false) String dari,
                      @RequestParam(required = false) String sampai, @RequestParam(required = false) String ukuran,
                      Model model) {
        ViewRequests.View view = requests.resolve(instansi, dari, sampai);
        String back = view.agency().isRoot() ? "/statistik" : "/statistik/instansi/" + view.agency().code();
        return lists.show(view.publicScope(), view, ukuran, false, back + "?dari=" + view.from() + "&sampai="
                + view.to(), model);
    }

    @PublicPage
    @GetMapping("/statistik/metode")
    String method() {
        return "statistics/method";
    }

    private String show(ViewRequests.View view, Model model, Locale locale) {
        Scope scope = view.publicScope();
        StatisticsFigures.Overview overview = figures.overview(scope, ON_THE_PAGE);
        List<Figure> headline = new ArrayList<>(overview.headline());
        List<Figure> before = new ArrayList<>(figures.headline(scope.previous()));
        regional.receivedPerInhabitants(view.agency(), headline.getFirst().count()).ifPresent(rate -> {
            headline.add(1, rate);
            before.add(1, regional.receivedPerInhabitants(view.agency(), before.getFirst().count()).orElseThrow());
        });
        Map<String, Figure> previous = new LinkedHashMap<>();
        before.forEach(figure -> previous.put(figure.key(), figure));
        model.addAttribute("agency", view.agency());
        model.addAttribute("listPath", "/statistik/laporan");
        model.addAttribute("national", view.agency().isRoot());
        model.addAttribute("from", view.from());
        model.addAttribute("to", view.to());
        model.addAttribute("previousFrom", scope.previous().from());
        model.addAttribute("previousTo", scope.previous().to());
        model.addAttribute("figures", headline);
        model.addAttribute("previous", previous);
        model.addAttribute("durations", overview.durations());
        model.addAttribute("byType", overview.breakdowns().get(Dimension.TYPE));
        model.addAttribute("byChannel", overview.breakdowns().get(Dimension.CHANNEL));
        model.addAttribute("byDoor", overview.breakdowns().get(Dimension.DOOR));
        model.addAttribute("byRating", overview.breakdowns().get(Dimension.RATING));
        Map<String, Long> byArchiveReason = new LinkedHashMap<>(overview.breakdowns().get(Dimension.ARCHIVE_REASON));
        byArchiveReason.remove(StatisticsFigures.NONE);
        model.addAttribute("byArchiveReason", byArchiveReason);
        Map<String, Long> byEscalation = new LinkedHashMap<>(overview.breakdowns().get(Dimension.ESCALATION_LEVEL));
        byEscalation.remove("0");
        model.addAttribute("byEscalation", byEscalation);
        List<StatisticsFigures.MonthPoint> trend = figures.trend(scope);
        model.addAttribute("trend", trend);
        model.addAttribute("trendChart", Charts.trend(trend, locale));
        List<Charts.Bar> byCategory = new ArrayList<>();
        overview.breakdowns().get(Dimension.CATEGORY).forEach((code, count) -> byCategory.add(Charts.bar(
                categoryName(code, locale), count,
                NumberFormat.getIntegerInstance(locale).format(count))));
        model.addAttribute("byCategory", byCategory);
        model.addAttribute("categoryChart", Charts.bars(byCategory.subList(0, Math.min(CATEGORY_BARS,
                byCategory.size()))));
        if (view.agency().isRoot()) {
            List<RegionalComparison.ProvinceFigures> provinces = regional.provinces(overview);
            model.addAttribute("provinces", provinces);
            model.addAttribute("provinceChart", Charts.bars(provinces.stream()
                    .filter(province -> province.perInhabitants().value() != null)
                    .sorted(Comparator.comparing((RegionalComparison.ProvinceFigures province) ->
                            province.perInhabitants().value()).reversed())
                    .map(province -> Charts.bar(province.name(), province.perInhabitants().value()
                            .movePointRight(1).longValue(), NumberFormat.getNumberInstance(locale)
                            .format(province.perInhabitants().value())))
                    .toList()));
        }
        if (view.agency().tier() == id.sp4n.portal.agency.AgencyTier.PROVINCE && view.agency().regionCode() != null) {
            model.addAttribute("regencies", regional.regencies(overview, view.agency().regionCode()));
        }
        model.addAttribute("children", agencies.tree().children(view.agency().code()));
        return "statistics/overview";
    }

    private String categoryName(String code, Locale locale) {
        return StatisticsFigures.NONE.equals(code) ? messages.getMessage("statistics.category.none", null, locale)
                : categories.find(code).map(category -> category.displayName(locale)).orElse(code);
    }
}
