package id.sp4n.portal.statistics.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.agency.AgencyNode;
import id.sp4n.portal.identity.PortalUser;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.identity.StaffDirectory;
import id.sp4n.portal.shared.ReadsFromReplica;
import id.sp4n.portal.shared.RecordNotFoundException;
import id.sp4n.portal.statistics.Backlog;
import id.sp4n.portal.statistics.Figure;
import id.sp4n.portal.statistics.Scope;
import id.sp4n.portal.statistics.StatisticsFigures;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff dashboard ({@code /admin/statistik}): the figures with confidential complaints counted, what is owed
 * now against each complaint's own limit — in all, per holder and per officer — and the overdue and the oldest open
 * complaints, each linked to its case. An officer sees their agency, an agency
 * admin its subtree (and may look at any agency in it), the national desk and oversight (Ombudsman, KSP,
 * Kemendagri) everything; an agency outside what one may see is "not found", like any case outside one's scope.
 */
@Controller
class StaffStatisticsController {

    /** How many complaints the oldest and the overdue lists show. */
    private static final int LISTED = 20;
    /** How many holders and officers the load tables show, most loaded first (the nation has thousands). */
    static final int LOADS_SHOWN = 50;

    private final StatisticsFigures figures;
    private final Backlog backlog;
    private final AgencyHierarchy agencies;
    private final ViewRequests requests;
    private final FigureLists lists;
    private final StaffDirectory staffDirectory;

    StaffStatisticsController(StatisticsFigures figures, Backlog backlog, AgencyHierarchy agencies,
                              ViewRequests requests, FigureLists lists, StaffDirectory staffDirectory) {
        this.lists = lists;
        this.staffDirectory = staffDirectory;
        this.figures = figures;
        this.backlog = backlog;
        this.agencies = agencies;
        this.requests = requests;
    }

    @ReadsFromReplica
    @GetMapping("/admin/statistik")
    String dashboard(@AuthenticationPrincipal PortalUser staff, @RequestParam(required = false) String instansi,
                     @RequestParam(required = false) String dari, @RequestParam(required = false) String sampai,
                     Model model) {
        ViewRequests.View view = view(staff, instansi, dari, sampai);
        boolean officer = staff.role() == Role.OFFICER;
        Scope scope = scope(staff, view);
        Map<String, Figure> previous = new LinkedHashMap<>();
        figures.headline(scope.previous()).forEach(figure -> previous.put(figure.key(), figure));
        Backlog.Now now = backlog.now(scope);
        Shown<Backlog.Load> load = Shown.first(now.byHolder(), LOADS_SHOWN);
        Shown<Backlog.OfficerLoad> byOfficer = Shown.first(now.byOfficer(), LOADS_SHOWN);
        Map<String, String> names = new LinkedHashMap<>();
        load.rows().forEach(holder -> names.put(holder.agencyCode(), name(holder.agencyCode())));
        List<Backlog.OpenComplaint> oldest = backlog.oldest(scope, LISTED);
        List<Backlog.OpenComplaint> overdue = backlog.overdue(scope, LISTED);
        oldest.forEach(complaint -> names.put(complaint.agencyCode(), name(complaint.agencyCode())));
        overdue.forEach(complaint -> names.put(complaint.agencyCode(), name(complaint.agencyCode())));
        Map<Long, String> officers = staffDirectory.names(byOfficer.rows().stream().map(Backlog.OfficerLoad::accountId)
                .filter(Objects::nonNull).toList());
        model.addAttribute("agency", view.agency());
        model.addAttribute("listPath", "/admin/statistik/laporan");
        model.addAttribute("subtree", scope.subtree());
        model.addAttribute("from", view.from());
        model.addAttribute("to", view.to());
        model.addAttribute("previousFrom", scope.previous().from());
        model.addAttribute("previousTo", scope.previous().to());
        StatisticsFigures.Overview overview = figures.overview(scope, List.of());
        model.addAttribute("figures", overview.headline());
        model.addAttribute("previous", previous);
        model.addAttribute("durations", overview.durations());
        model.addAttribute("backlog", now);
        model.addAttribute("standings", Backlog.Standing.values());
        // Named here rather than as T(…) in the template, which looks the class up again for every row.
        model.addAttribute("approaching", Backlog.Standing.APPROACHING);
        model.addAttribute("breached", Backlog.Standing.BREACHED);
        model.addAttribute("load", load);
        model.addAttribute("byOfficer", byOfficer);
        model.addAttribute("officers", officers);
        model.addAttribute("oldest", oldest);
        model.addAttribute("overdue", overdue);
        model.addAttribute("names", names);
        model.addAttribute("children", officer ? List.of() : agencies.tree().children(view.agency().code()));
        return "statistics/staff";
    }

    /** The complaints behind one headline figure of the dashboard, confidential ones included. */
    @ReadsFromReplica
    @GetMapping("/admin/statistik/laporan")
    String complaints(@AuthenticationPrincipal PortalUser staff, @RequestParam(required = false) String instansi,
                      @RequestParam(required = false) String dari, @RequestParam(required = false) String sampai,
                      @RequestParam(required = false) String ukuran, Model model) {
        ViewRequests.View view = view(staff, instansi, dari, sampai);
        return lists.show(scope(staff, view), view, ukuran, true, "/admin/statistik?instansi=" + view.agency().code()
                + "&dari=" + view.from() + "&sampai=" + view.to(), model);
    }

    /** The agency asked for (the staff member's own by default) and period, if they may see it. */
    private ViewRequests.View view(PortalUser staff, String instansi, String dari, String sampai) {
        AgencyNode home = everywhere(staff) ? agencies.tree().root() : agencies.tree().find(staff.agencyCode())
                .orElseThrow(() -> new RecordNotFoundException("statistics.error.agency", staff.agencyCode()));
        ViewRequests.View view = requests.resolve(instansi == null || instansi.isBlank() ? home.code() : instansi,
                dari, sampai);
        if (!mayLookAt(staff, home, view.agency())) {
            throw new RecordNotFoundException("statistics.error.agency", view.agency().code());
        }
        return view;
    }

    /** An officer's figures are their agency's alone; everyone else's the agency with its subtree. */
    private static Scope scope(PortalUser staff, ViewRequests.View view) {
        return new Scope(view.agency().code(), staff.role() != Role.OFFICER, view.from(), view.to(), false);
    }

    private static boolean everywhere(PortalUser staff) {
        return staff.role() == Role.NATIONAL_ADMIN || staff.role() == Role.OVERSIGHT;
    }

    private boolean mayLookAt(PortalUser staff, AgencyNode home, AgencyNode wanted) {
        return switch (staff.role()) {
            case NATIONAL_ADMIN, OVERSIGHT -> true;
            case AGENCY_ADMIN -> agencies.tree().subtreeCodes(home.code()).contains(wanted.code());
            case OFFICER -> wanted.code().equals(home.code());
            case CITIZEN, SYSTEM -> false;
        };
    }

    private String name(String code) {
        return agencies.tree().find(code).map(AgencyNode::name).orElse(code);
    }
}
