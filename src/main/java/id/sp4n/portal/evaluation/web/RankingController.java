package id.sp4n.portal.evaluation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.sp4n.portal.evaluation.BodyClass;
import id.sp4n.portal.evaluation.Indicator;
import id.sp4n.portal.evaluation.RankingMethod;
import id.sp4n.portal.evaluation.RankingMethods;
import id.sp4n.portal.evaluation.RankingPeriod;
import id.sp4n.portal.evaluation.Rankings;
import id.sp4n.portal.shared.FormInput;
import id.sp4n.portal.shared.InvalidRequestException;
import id.sp4n.portal.shared.PublicPage;
import id.sp4n.portal.shared.RecordNotFoundException;
import id.sp4n.portal.statistics.Scope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /peringkat}: the Top 10 of every class and peer group for a year or a quarter, the full list of a class,
 * and the method with all its versions. Every body opens its own public figures for the same months.
 */
@Controller
class RankingController {

    static final int TOP = 10;
    private static final int PAGE_SIZE = 100;

    private final Rankings rankings;
    private final RankingMethods methods;
    private final Clock clock;

    RankingController(Rankings rankings, RankingMethods methods, Clock clock) {
        this.rankings = rankings;
        this.methods = methods;
        this.clock = clock;
    }

    @PublicPage
    @GetMapping("/peringkat")
    String top(@RequestParam(required = false) String periode, Model model) {
        Rankings.Ranking ranking = rankings.of(RankingPeriod.parse(periode, today()));
        Map<BodyClass, Map<RankingMethod.PeerGroup, List<Rankings.Row>>> tables = new LinkedHashMap<>();
        for (BodyClass bodyClass : BodyClass.values()) {
            tables.put(bodyClass, new java.util.EnumMap<>(RankingMethod.PeerGroup.class));
        }
        rankings.top(ranking, TOP).forEach(row -> tables.get(row.bodyClass())
                .computeIfAbsent(row.peerGroup(), group -> new ArrayList<>()).add(row));
        common(ranking, model);
        model.addAttribute("tables", tables);
        model.addAttribute("sizes", rankings.sizes(ranking));
        return "evaluation/ranking";
    }

    @PublicPage
    @GetMapping("/peringkat/kelas/{kelas}")
    String ofClass(@PathVariable String kelas, @RequestParam(required = false) String periode,
                   @RequestParam(defaultValue = "0") String halaman, Model model) {
        BodyClass bodyClass = BodyClass.bySlug(kelas)
                .orElseThrow(() -> new RecordNotFoundException("ranking.error.class", FormInput.shortened(kelas)));
        int page = page(halaman);
        Rankings.Ranking ranking = rankings.of(RankingPeriod.parse(periode, today()));
        long[] size = rankings.sizes(ranking).getOrDefault(bodyClass, new long[2]);
        int pageCount = (int) Math.max(1, (size[0] + PAGE_SIZE - 1) / PAGE_SIZE);
        if (page >= pageCount) {
            throw new RecordNotFoundException("ranking.error.page", page + 1);
        }
        common(ranking, model);
        model.addAttribute("bodyClass", bodyClass);
        model.addAttribute("rows", rankings.ofClass(ranking, bodyClass, page * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("size", size);
        model.addAttribute("result", new Paging(page, pageCount));
        model.addAttribute("indicators", ranking.method().weighted());
        return "evaluation/class";
    }

    @PublicPage
    @GetMapping("/peringkat/metode")
    String method(Model model) {
        model.addAttribute("versions", methods.published());
        model.addAttribute("indicators", Indicator.values());
        model.addAttribute("minimumBase", Indicator.MINIMUM_BASE);
        return "evaluation/method";
    }

    private void common(Rankings.Ranking ranking, Model model) {
        LocalDate today = today();
        model.addAttribute("ranking", ranking);
        model.addAttribute("period", ranking.period());
        model.addAttribute("from", ranking.period().firstDay());
        model.addAttribute("to", ranking.period().lastDay());
        model.addAttribute("periods", choices(today));
        model.addAttribute("peerGroups", peerGroupVolumes(ranking));
    }

    /** The volumes a peer group starts at in this ranking's period. */
    private static Map<RankingMethod.PeerGroup, Long> peerGroupVolumes(Rankings.Ranking ranking) {
        Map<RankingMethod.PeerGroup, Long> volumes = new java.util.EnumMap<>(RankingMethod.PeerGroup.class);
        for (RankingMethod.PeerGroup group : RankingMethod.PeerGroup.values()) {
            volumes.put(group, ranking.method().groupFrom(group, ranking.period().months()));
        }
        return volumes;
    }

    /** This year and the last, each whole and by quarter up to the current one. */
    private static List<RankingPeriod> choices(LocalDate today) {
        List<RankingPeriod> periods = new ArrayList<>();
        for (int year = today.getYear(); year >= today.getYear() - 1; year--) {
            periods.add(RankingPeriod.year(year));
            int lastQuarter = year == today.getYear() ? (today.getMonthValue() + 2) / 3 : 4;
            for (int quarter = lastQuarter; quarter >= 1; quarter--) {
                periods.add(new RankingPeriod(year, quarter));
            }
        }
        return periods;
    }

    /** A page of the full list, for the pager fragment. */
    record Paging(int page, int pageCount) {

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < pageCount;
        }
    }

    private static int page(String given) {
        try {
            int page = Integer.parseInt(given.strip());
            if (page < 0) {
                throw new NumberFormatException();
            }
            return page;
        } catch (NumberFormatException notAPage) {
            throw new InvalidRequestException("ranking.error.pageNumber", FormInput.shortened(given));
        }
    }


    private LocalDate today() {
        return LocalDate.now(clock.withZone(Scope.PERIOD_ZONE));
    }
}
