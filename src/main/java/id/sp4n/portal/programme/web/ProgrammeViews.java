package id.sp4n.portal.programme.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.sp4n.portal.programme.Programme;
import id.sp4n.portal.shared.FormInput;
import id.sp4n.portal.shared.InvalidRequestException;
import id.sp4n.portal.statistics.ComplaintTags;
import id.sp4n.portal.statistics.Figure;
import id.sp4n.portal.statistics.Scope;
import id.sp4n.portal.statistics.StatisticsFigures;
import id.sp4n.portal.statistics.UsualLevel;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the public page and the KSP view of a programme show, for a period of filing dates ({@code dari},
 * {@code sampai}; this year so far): the statistics' headline figures and durations of its complaints beside the
 * period before, where they come from, what remains open and the provinces rising above their usual level.
 */
@Component
class ProgrammeViews {

    static final int OPEN_SHOWN = 20;

    /** A province whose complaints of the programme rose above their usual level in the last four weeks. */
    record Rising(String provinceCode, long recent, long baseline, java.math.BigDecimal expected) {
    }

    private final StatisticsFigures figures;
    private final ComplaintTags tags;
    private final Clock clock;

    ProgrammeViews(StatisticsFigures figures, ComplaintTags tags, Clock clock) {
        this.figures = figures;
        this.tags = tags;
        this.clock = clock;
    }

    void fill(Programme programme, String dari, String sampai, boolean staff, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(Scope.PERIOD_ZONE));
        LocalDate from = date(dari, today.withDayOfYear(1));
        LocalDate to = date(sampai, today);
        if (from.isAfter(to)) {
            throw new InvalidRequestException("statistics.error.order", from, to);
        }
        Scope period = new Scope("programme", true, from, to, !staff);
        Scope before = period.previous();
        List<StatisticsFigures.Dimension> dimensions = List.of(StatisticsFigures.Dimension.CATEGORY);
        StatisticsFigures.Overview overview = figures.tagged(programme.tag(), from, to, staff, dimensions);
        Map<String, Figure> previous = new LinkedHashMap<>();
        figures.tagged(programme.tag(), before.from(), before.to(), staff, List.of()).headline()
                .forEach(figure -> previous.put(figure.key(), figure));
        model.addAttribute("programme", programme);
        model.addAttribute("staffView", staff);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("previousFrom", before.from());
        model.addAttribute("previousTo", before.to());
        model.addAttribute("figures", overview.headline());
        model.addAttribute("previous", previous);
        model.addAttribute("durations", overview.durations());
        model.addAttribute("byProvince", overview.byProvince());
        model.addAttribute("byCategory", overview.breakdowns().get(StatisticsFigures.Dimension.CATEGORY));
        model.addAttribute("listPath", null);
        model.addAttribute("open", tags.oldestOpen(programme.tag(), staff, OPEN_SHOWN));
        model.addAttribute("rising", rising(programme, today));
        model.addAttribute("doorOpen", programme.ownDoor() && programme.runsOn(today));
    }

    /** The last four whole weeks (Monday to Sunday, WIB) against the twelve before, per province. */
    private List<Rising> rising(Programme programme, LocalDate today) {
        LocalDate thisMonday = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        int weeks = UsualLevel.RECENT_WEEKS + UsualLevel.BASELINE_WEEKS;
        Map<String, long[]> byProvince = new HashMap<>();
        for (ComplaintTags.Weekly week : tags.weekly(programme.tag(), thisMonday.minusWeeks(weeks), weeks)) {
            byProvince.computeIfAbsent(week.provinceCode(), key -> new long[2])
                    [week.week() < UsualLevel.BASELINE_WEEKS ? 0 : 1] += week.count();
        }
        List<Rising> rising = new ArrayList<>();
        byProvince.forEach((province, counts) -> {
            if (UsualLevel.exceeded(counts[1], counts[0])) {
                rising.add(new Rising(province, counts[1], counts[0], UsualLevel.expected(counts[0])));
            }
        });
        rising.sort(Comparator.comparingDouble((Rising r) -> UsualLevel.unusualness(r.recent(), r.baseline()))
                .reversed().thenComparing(Rising::provinceCode));
        return rising;
    }

    private static LocalDate date(String given, LocalDate otherwise) {
        if (given == null || given.isBlank()) {
            return otherwise;
        }
        LocalDate parsed = FormInput.optionalDate(given, "statistics.error.date", FormInput.shortened(given));
        return parsed == null ? otherwise : parsed;
    }
}
