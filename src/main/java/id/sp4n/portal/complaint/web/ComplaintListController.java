package id.sp4n.portal.complaint.web;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.agency.AgencyNode;
import id.sp4n.portal.category.CategoryCatalogue;
import id.sp4n.portal.complaint.handling.ComplaintLists;
import id.sp4n.portal.complaint.handling.PublicComplaintQuery;
import id.sp4n.portal.identity.PortalUser;
import id.sp4n.portal.region.RegionDirectory;
import id.sp4n.portal.shared.PublicPage;
import id.sp4n.portal.shared.ReadsFromReplica;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public list of complaints ({@code /laporan}) and a signed-in citizen's own ({@code /laporan-saya}). */
@Controller
class ComplaintListController {

    private static final int PAGE_SIZE = 20;

    private final ComplaintLists lists;
    private final RegionDirectory regions;
    private final CategoryCatalogue categories;
    private final TrailNarrator names;
    private final AgencyHierarchy hierarchy;

    ComplaintListController(ComplaintLists lists, RegionDirectory regions, CategoryCatalogue categories,
                            TrailNarrator names, AgencyHierarchy hierarchy) {
        this.hierarchy = hierarchy;
        this.lists = lists;
        this.regions = regions;
        this.categories = categories;
        this.names = names;
    }

    @ReadsFromReplica
    @PublicPage(browsers = false)
    @GetMapping("/laporan")
    String publicList(@RequestParam(required = false) String q,
                      @RequestParam(required = false) String province,
                      @RequestParam(required = false) String category,
                      @RequestParam(required = false) String agency,
                      @RequestParam(defaultValue = "0") int page, Model model) {
        // The agency filter takes a code or words of one name; words matching several find nothing.
        AgencyNode named = hierarchy.tree().lookup(agency, 0).found();
        var query = new PublicComplaintQuery(q, province, category, named == null ? agency : named.code(), page,
                PAGE_SIZE);
        model.addAttribute("query", query);
        model.addAttribute("result", lists.publicList(query));
        model.addAttribute("provinces", regions.provinces());
        model.addAttribute("categories", categories.all());
        model.addAttribute("names", names);
        return "complaint/list";
    }

    @GetMapping("/laporan-saya")
    String mine(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", lists.ofAccount(user.accountId(), Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("names", names);
        return "complaint/mine";
    }
}
