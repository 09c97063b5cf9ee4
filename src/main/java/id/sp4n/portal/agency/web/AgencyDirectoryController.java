package id.sp4n.portal.agency.web;

import id.sp4n.portal.agency.AgencyDetails;
import id.sp4n.portal.agency.AgencyDirectory;
import id.sp4n.portal.agency.AgencyQuery;
import id.sp4n.portal.agency.AgencySummary;
import id.sp4n.portal.agency.AgencyTier;
import id.sp4n.portal.shared.PublicPage;
import id.sp4n.portal.shared.ReadsFromReplica;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public agency directory: search, tier filter and drill-down from the national desk through provinces
 * and regencies/cities to their units, and a page per agency showing its place in the tree.
 */
@Controller
@ReadsFromReplica
class AgencyDirectoryController {

    private final AgencyDirectory directory;

    private final id.sp4n.portal.agency.AgencyAdministration administration;

    AgencyDirectoryController(AgencyDirectory directory, id.sp4n.portal.agency.AgencyAdministration administration) {
        this.directory = directory;
        this.administration = administration;
    }

    @PublicPage
    @GetMapping("/instansi")
    String directory(@RequestParam(required = false) String q,
                     @RequestParam(required = false) String tier,
                     @RequestParam(required = false) String parent,
                     @RequestParam(defaultValue = "0") int page,
                     Model model) {
        AgencyTier tierFilter = AgencyQuery.tierParameter(tier);
        // Without any filter the directory starts at the top of the tree: the children of the national desk.
        String parentCode = (q == null || q.isBlank()) && tierFilter == null && (parent == null || parent.isBlank())
                ? directory.root().code() : parent;
        var result = directory.search(new AgencyQuery(tierFilter, parentCode, q, page, AgencyQuery.DEFAULT_PAGE_SIZE));
        model.addAttribute("result", result);
        model.addAttribute("q", q);
        model.addAttribute("tier", tierFilter);
        model.addAttribute("parentCode", parentCode);
        model.addAttribute("parentPath", parentCode == null ? java.util.List.of() : directory.path(parentCode));
        model.addAttribute("tiers", AgencyTier.values());
        return "agency/directory";
    }

    /** Unit codes contain one slash ({@code pemda-32.73/DISDIK}), so a unit's page has two path segments. */
    @PublicPage
    @GetMapping({"/instansi/{code}", "/instansi/{code}/{unit}"})
    String agency(@PathVariable String code, @PathVariable(required = false) String unit, Model model) {
        AgencyDetails details = directory.details(unit == null ? code : code + "/" + unit);
        AgencySummary agency = details.agency();
        model.addAttribute("details", details);
        model.addAttribute("contacts", administration.details(details.agency().code()));
        model.addAttribute("agency", agency);
        model.addAttribute("children", directory.children(agency.code()));
        return "agency/agency";
    }
}
