package id.sp4n.portal.evaluation.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.agency.AgencyNode;
import id.sp4n.portal.evaluation.BodyClass;
import id.sp4n.portal.evaluation.Grades;
import id.sp4n.portal.evaluation.RankingMethod;
import id.sp4n.portal.evaluation.RankingPeriod;
import id.sp4n.portal.evaluation.Rankings;
import id.sp4n.portal.identity.PortalUser;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.shared.ActionForbiddenException;
import id.sp4n.portal.shared.FormInput;
import id.sp4n.portal.shared.RecordNotFoundException;
import id.sp4n.portal.shared.TableWriter;
import id.sp4n.portal.statistics.Scope;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /admin/predikat}: Kemendagri's grades of every provincial, regency and city government for a period, sortable
 * and exportable, for the national desk, the oversight accounts and Kemendagri's own staff; every other regional
 * staff member is sent to their own government's grade, with the reasons per indicator and what would raise it.
 */
@Controller
class GradeController {

    /** Kemendagri's code in the seed data: its staff see every regional government. */
    static final String KEMENDAGRI = "kemendagri";

    private final Rankings rankings;
    private final Grades grades;
    private final AgencyHierarchy agencies;
    private final MessageSource messages;
    private final Clock clock;

    GradeController(Rankings rankings, Grades grades, AgencyHierarchy agencies, MessageSource messages, Clock clock) {
        this.rankings = rankings;
        this.grades = grades;
        this.agencies = agencies;
        this.messages = messages;
        this.clock = clock;
    }

    /** How the list can be sorted ({@code urut}). */
    enum Order {
        SKOR, NAMA, DITERIMA
    }

    @GetMapping("/admin/predikat")
    String all(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String periode,
               @RequestParam(defaultValue = "skor") String urut, Model model) {
        RankingPeriod period = RankingPeriod.parse(periode, today());
        if (!seesEveryGovernment(user)) {
            String own = ownGovernment(user).orElseThrow(() -> new ActionForbiddenException("grades.refused"));
            return "redirect:" + UriComponentsBuilder.fromPath("/admin/predikat/" + own)
                    .queryParam("periode", period.toString()).build().toUriString();
        }
        Rankings.Ranking ranking = rankings.of(period);
        List<Grades.Graded> graded = sorted(grades.all(ranking), order(urut));
        Map<RankingMethod.Grade, Long> counts = new EnumMap<>(RankingMethod.Grade.class);
        for (RankingMethod.Grade grade : RankingMethod.Grade.values()) {
            counts.put(grade, graded.stream().filter(g -> g.grade() == grade).count());
        }
        model.addAttribute("ranking", ranking);
        model.addAttribute("period", period);
        model.addAttribute("graded", graded);
        model.addAttribute("counts", counts);
        model.addAttribute("notGraded", graded.stream().filter(g -> g.grade() == null).count());
        model.addAttribute("order", order(urut).name().toLowerCase(Locale.ROOT));
        return "evaluation/grades";
    }

    @GetMapping("/admin/predikat/ekspor")
    void export(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String periode,
                @RequestParam(defaultValue = "skor") String urut, @RequestParam(defaultValue = "csv") String format,
                HttpServletResponse response, Locale locale) throws IOException {
        if (!seesEveryGovernment(user)) {
            throw new ActionForbiddenException("grades.refused");
        }
        TableWriter.Format chosen = FormInput.choice(TableWriter.Format.class, format, "grades.error.format");
        RankingPeriod period = RankingPeriod.parse(periode, today());
        Rankings.Ranking ranking = rankings.of(period);
        List<Grades.Graded> graded = sorted(grades.all(ranking), order(urut));
        response.setContentType(chosen.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("predikat-" + period + "." + chosen.extension()).build().toString());
        try (TableWriter table = chosen.open(response.getOutputStream(), "Predikat")) {
            table.row(List.of("kode", "instansi", "kelas", "diterima", "skor", "predikat", "metode"));
            for (Grades.Graded g : graded) {
                Rankings.Row row = g.row();
                table.row(java.util.Arrays.asList(row.agencyCode(), row.agencyName(),
                        messages.getMessage("ranking.class." + row.bodyClass().name(), null, locale),
                        row.counts().received(), row.score(),
                        g.grade() == null ? messages.getMessage("grades.notGraded", null, locale)
                                : messages.getMessage("grades.grade." + g.grade().name(), null, locale),
                        ranking.method().version()));
            }
        }
    }

    @GetMapping("/admin/predikat/{code}")
    String one(@AuthenticationPrincipal PortalUser user, @PathVariable String code,
               @RequestParam(required = false) String periode, Model model) {
        AgencyNode government = agencies.tree().find(code)
                .filter(node -> BodyClass.of(node).map(BodyClass::isRegionalGovernment).orElse(false))
                .orElseThrow(() -> new RecordNotFoundException("grades.error.government", FormInput.shortened(code)));
        if (!seesEveryGovernment(user) && !agencies.tree().isWithin(user.agencyCode(), government.code())) {
            throw new ActionForbiddenException("grades.refused");
        }
        RankingPeriod period = RankingPeriod.parse(periode, today());
        Rankings.Ranking ranking = rankings.of(period);
        Grades.Explained explained = grades.explain(ranking, government.code())
                .orElseThrow(() -> new RecordNotFoundException("grades.error.government", FormInput.shortened(code)));
        model.addAttribute("ranking", ranking);
        model.addAttribute("period", period);
        model.addAttribute("explained", explained);
        model.addAttribute("seesAll", seesEveryGovernment(user));
        return "evaluation/grade";
    }

    private static boolean seesEveryGovernment(PortalUser user) {
        return user.role() == Role.NATIONAL_ADMIN || user.role() == Role.OVERSIGHT
                || KEMENDAGRI.equals(user.agencyCode());
    }

    /** The regional government a staff member works for: their agency or the nearest one above it. */
    private Optional<String> ownGovernment(PortalUser user) {
        if (user.agencyCode() == null || !agencies.tree().contains(user.agencyCode())) {
            return Optional.empty();
        }
        return agencies.tree().upward(user.agencyCode()).stream()
                .filter(node -> BodyClass.of(node).map(BodyClass::isRegionalGovernment).orElse(false))
                .map(AgencyNode::code).findFirst();
    }

    private static Order order(String given) {
        return FormInput.choice(Order.class, given, "grades.error.order");
    }

    private static List<Grades.Graded> sorted(List<Grades.Graded> graded, Order order) {
        Comparator<Grades.Graded> byName = Comparator.comparing(g -> g.row().agencyName());
        Comparator<Grades.Graded> comparator = switch (order) {
            case NAMA -> byName;
            case DITERIMA -> Comparator.<Grades.Graded>comparingLong(g -> g.row().counts().received()).reversed()
                    .thenComparing(byName);
            case SKOR -> Comparator.comparing((Grades.Graded g) -> g.row().score(),
                    Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(byName);
        };
        List<Grades.Graded> sorted = new ArrayList<>(graded);
        sorted.sort(comparator);
        return sorted;
    }


    private LocalDate today() {
        return LocalDate.now(clock.withZone(Scope.PERIOD_ZONE));
    }
}
