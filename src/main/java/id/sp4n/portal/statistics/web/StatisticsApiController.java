package id.sp4n.portal.statistics.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.sp4n.portal.shared.ReadsFromReplica;
import id.sp4n.portal.statistics.Figure;
import id.sp4n.portal.statistics.StatisticsFigures;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data: the figures of a public view as JSON ({@code GET /api/v1/statistics?agency=&from=&to=}, README), the
 * same numbers as the page, never counting confidential complaints. The complaints behind them are the CSV export.
 */
@RestController
class StatisticsApiController {

    /** The method version the figures follow (the method page says what it means). */
    static final int METHOD_VERSION = 1;

    private final ViewRequests requests;
    private final StatisticsFigures figures;

    StatisticsApiController(ViewRequests requests, StatisticsFigures figures) {
        this.requests = requests;
        this.figures = figures;
    }

    @ReadsFromReplica
    @GetMapping("/api/v1/statistics")
    StatisticsJson statistics(@RequestParam(required = false) String agency,
                              @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        ViewRequests.View view = requests.resolve(agency, from, to);
        StatisticsFigures.Overview overview = figures.overview(view.publicScope(), StatisticsController.SHOWN);
        List<FigureJson> headline = overview.headline().stream().map(FigureJson::of).toList();
        Map<String, DurationJson> durations = new LinkedHashMap<>();
        overview.durations().forEach((key, values) -> durations.put(key, values == null
                ? new DurationJson(null, null, true) : new DurationJson(values[0], values[1], false)));
        Map<String, Map<String, Long>> breakdowns = new LinkedHashMap<>();
        overview.breakdowns().forEach((dimension, values) -> breakdowns.put(dimension.name().toLowerCase(), values));
        return new StatisticsJson(new MethodJson(METHOD_VERSION, "/statistik/metode"),
                new AgencyJson(view.agency().code(), view.agency().name()), true, view.from(), view.to(), false,
                headline, durations, breakdowns);
    }

    record StatisticsJson(MethodJson method, AgencyJson agency, boolean subtree, LocalDate from, LocalDate to,
                          boolean confidentialIncluded, List<FigureJson> figures, Map<String, DurationJson> durations,
                          Map<String, Map<String, Long>> breakdowns) {
    }

    record MethodJson(int version, String definitions) {
    }

    record AgencyJson(String code, String name) {
    }

    /**
     * {@code value}: the count, the percentage (one decimal), the mean (two decimals) or the rate per 100,000
     * inhabitants (one decimal); null when too few.
     */
    record FigureJson(String key, Figure.Kind kind, BigDecimal value, long count, Long base, boolean tooFew) {

        static FigureJson of(Figure figure) {
            return new FigureJson(figure.key(), figure.kind(), figure.value(), figure.count(), figure.base(),
                    figure.tooFew());
        }
    }

    record DurationJson(Integer median, Integer p90, boolean tooFew) {
    }
}
