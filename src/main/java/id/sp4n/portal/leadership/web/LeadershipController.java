package id.sp4n.portal.leadership.web;

import java.util.LinkedHashMap;
import java.util.Map;

import id.sp4n.portal.audit.AuditLog;
import id.sp4n.portal.identity.PortalUser;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.leadership.LeadershipSummaries;
import id.sp4n.portal.leadership.Summary;
import id.sp4n.portal.shared.ActionForbiddenException;
import id.sp4n.portal.statistics.Backlog;
import id.sp4n.portal.statistics.Figure;
import id.sp4n.portal.statistics.Scope;
import id.sp4n.portal.statistics.StatisticsFigures;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A head's monthly summaries: the agency's figures for the month (with its subtree, confidential complaints
 * included: this is a staff page) beside the month before, its open complaints by how much of their limit is used,
 * the longest overdue, and the button that acknowledges it.
 */
@Controller
class LeadershipController {

    static final int OVERDUE_SHOWN = 20;

    private final LeadershipSummaries summaries;
    private final StatisticsFigures figures;
    private final Backlog backlog;

    LeadershipController(LeadershipSummaries summaries, StatisticsFigures figures, Backlog backlog) {
        this.summaries = summaries;
        this.figures = figures;
        this.backlog = backlog;
    }

    @GetMapping("/pimpinan")
    String mine(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("summaries", summaries.of(user.accountId()));
        return "leadership/list";
    }

    @GetMapping("/pimpinan/ringkasan/{id}")
    String one(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
        Summary summary = summaries.get(id);
        boolean own = summary.headAccountId() == user.accountId();
        if (!own && user.role() != Role.NATIONAL_ADMIN && user.role() != Role.OVERSIGHT) {
            throw new ActionForbiddenException("leadership.error.notYours");
        }
        Scope month = new Scope(summary.agencyCode(), true, summary.month().atDay(1), summary.month().atEndOfMonth(),
                false);
        Map<String, Figure> previous = new LinkedHashMap<>();
        figures.headline(month.previous()).forEach(figure -> previous.put(figure.key(), figure));
        Backlog.Now now = backlog.now(new Scope(summary.agencyCode(), true, month.from(), month.to(), false));
        model.addAttribute("summary", summary);
        model.addAttribute("own", own);
        model.addAttribute("from", month.from());
        model.addAttribute("to", month.to());
        model.addAttribute("previousFrom", month.previous().from());
        model.addAttribute("previousTo", month.previous().to());
        model.addAttribute("figures", figures.headline(month));
        model.addAttribute("previous", previous);
        model.addAttribute("durations", figures.durations(month));
        model.addAttribute("listPath", null);
        model.addAttribute("standings", Backlog.Standing.values());
        model.addAttribute("now", now);
        model.addAttribute("overdue", backlog.overdue(month, OVERDUE_SHOWN));
        return "leadership/summary";
    }

    @PostMapping("/pimpinan/ringkasan/{id}/terima")
    String acknowledge(@AuthenticationPrincipal PortalUser user, @PathVariable long id) {
        summaries.acknowledge(new AuditLog.Actor(user.accountId(), user.displayName()), id);
        return "redirect:/pimpinan/ringkasan/" + id + "?diterima";
    }
}
