package id.sp4n.portal.complaint.web;

import jakarta.servlet.http.HttpServletRequest;

import id.sp4n.portal.category.CategoryCatalogue;
import id.sp4n.portal.complaint.ComplaintStatus;
import id.sp4n.portal.complaint.ReportType;
import id.sp4n.portal.complaint.handling.Staff;
import id.sp4n.portal.complaint.inbox.InboxQuery;
import id.sp4n.portal.complaint.inbox.InboxSearch;
import id.sp4n.portal.identity.PortalUser;
import id.sp4n.portal.region.RegionDirectory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The officers' queues {@code /petugas} (inbox, escalations, Ombudsman referrals): htmx swaps the result list;
 * without JavaScript the filter form reloads the page. A bad filter is the error page's 400 with its reason.
 */
@Controller
class InboxController {

    private final InboxSearch inbox;
    private final TrailNarrator narrator;
    private final CategoryCatalogue categories;
    private final RegionDirectory regions;

    InboxController(InboxSearch inbox, TrailNarrator narrator, CategoryCatalogue categories, RegionDirectory regions) {
        this.inbox = inbox;
        this.narrator = narrator;
        this.categories = categories;
        this.regions = regions;
    }

    /** The inbox, the escalation queue and the Ombudsman's referrals: the same list over other complaints. */
    @GetMapping({"/petugas", "/petugas/eskalasi", "/petugas/ombudsman"})
    String inbox(@AuthenticationPrincipal PortalUser user, HttpServletRequest request,
                 @RequestParam(required = false) ComplaintStatus status,
                 @RequestParam(required = false) ReportType type,
                 @RequestParam(required = false) String category,
                 @RequestParam(required = false) String province,
                 @RequestParam(required = false) String agency,
                 @RequestParam(required = false) String q,
                 @RequestParam(defaultValue = "false") boolean overdue,
                 @RequestParam(name = "saya", defaultValue = "false") boolean assignedToMe,
                 @RequestParam(required = false) InboxQuery.Sort sort,
                 @RequestParam(defaultValue = "0") int page,
                 @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Staff staff = StaffMembers.of(user);
        String path = request.getRequestURI();
        InboxQuery.Queue queue = path.endsWith("/eskalasi") ? InboxQuery.Queue.ESCALATED
                : path.endsWith("/ombudsman") ? InboxQuery.Queue.OMBUDSMAN : InboxQuery.Queue.INBOX;
        InboxQuery query = new InboxQuery(status, type, category, province, agency, q, overdue, assignedToMe,
                queue, sort, page);
        model.addAttribute("query", query);
        model.addAttribute("listPath", path);
        model.addAttribute("result", inbox.page(staff, query));
        model.addAttribute("staff", staff);
        model.addAttribute("agencyName", narrator.agencyName(staff.agencyCode()));
        model.addAttribute("names", narrator);
        model.addAttribute("statuses", ComplaintStatus.values());
        model.addAttribute("types", ReportType.values());
        model.addAttribute("categories", categories.all());
        model.addAttribute("provinces", regions.provinces());
        return htmx != null ? "complaint/inbox :: results" : "complaint/inbox";
    }
}
