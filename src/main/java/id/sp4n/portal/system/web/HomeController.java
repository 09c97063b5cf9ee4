package id.sp4n.portal.system.web;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.category.CategoryCatalogue;
import id.sp4n.portal.shared.PublicPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what the portal is, how a complaint travels, and how big the network of bodies is; and the
 * administration index for staff.
 */
@Controller
class HomeController {

    private final AgencyHierarchy agencies;
    private final CategoryCatalogue categories;

    HomeController(AgencyHierarchy agencies, CategoryCatalogue categories) {
        this.agencies = agencies;
        this.categories = categories;
    }

    @PublicPage
    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("agencyCounts", agencies.tree().countByTier());
        model.addAttribute("tiers", id.sp4n.portal.agency.AgencyTier.values());
        model.addAttribute("categoryCount", categories.all().size());
        return "system/home";
    }

    /** The staff's way into administration: the tools their role may use, each with what it is for. */
    @GetMapping("/admin")
    String administration() {
        return "system/administration";
    }
}
