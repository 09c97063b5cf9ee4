package id.sp4n.portal.system.web;

import id.sp4n.portal.agency.AgencyAdministration;
import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.identity.PortalUser;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.shared.RecordNotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/instansi/nonaktifkan?kode=…} and {@code /admin/instansi/pindahkan?kode=…}: deactivating or moving
 * an agency (and its subtree). Here in the application
 * shell because it joins the signed-in administrator (identity) with the hierarchy (agency). With unfinished complaints
 * the form asks for the successor that receives them.
 */
@Controller
class AgencyAdminController {

    private final AgencyAdministration administration;
    private final AgencyHierarchy hierarchy;

    AgencyAdminController(AgencyAdministration administration, AgencyHierarchy hierarchy) {
        this.administration = administration;
        this.hierarchy = hierarchy;
    }

    @GetMapping("/admin/instansi/nonaktifkan")
    String form(@RequestParam(name = "kode") String code, Model model) {
        var agency = hierarchy.tree().find(code).orElseThrow(() -> new RecordNotFoundException("agency.notFound", code));
        model.addAttribute("agency", agency);
        model.addAttribute("subtree", hierarchy.tree().subtreeCodes(code).size());
        model.addAttribute("unfinished", administration.unfinishedIn(code));
        return "agency/deactivate";
    }

    @GetMapping("/admin/instansi/baru")
    String createForm(@RequestParam(name = "induk") String parentCode, Model model) {
        model.addAttribute("parent", hierarchy.tree().find(parentCode)
                .orElseThrow(() -> new RecordNotFoundException("agency.notFound", parentCode)));
        model.addAttribute("tiers", id.sp4n.portal.agency.AgencyTier.values());
        return "agency/create";
    }

    @PostMapping("/admin/instansi/baru")
    String create(@AuthenticationPrincipal PortalUser user, @RequestParam(name = "induk") String parentCode,
                  @RequestParam(required = false) String code, @RequestParam(required = false) String name,
                  @RequestParam(required = false) String kind, @RequestParam(required = false) String tier,
                  @RequestParam(required = false) String region) {
        administration.create(admin(user), code, name, kind, tier, parentCode, region);
        return "redirect:/instansi/" + code.strip() + "?dibuat";
    }

    @GetMapping("/admin/instansi/pindahkan")
    String moveForm(@RequestParam(name = "kode") String code, Model model) {
        form(code, model);
        return "agency/move";
    }

    @PostMapping("/admin/instansi/pindahkan")
    String move(@AuthenticationPrincipal PortalUser user, @RequestParam(name = "kode") String code,
                @RequestParam(required = false) String parent, @RequestParam(required = false) String successor,
                @RequestParam(required = false) String reason) {
        administration.move(admin(user), code, parent, successor, reason);
        return "redirect:/instansi/" + code + "?dipindahkan";
    }

    private static AgencyAdministration.Admin admin(PortalUser user) {
        return new AgencyAdministration.Admin(user.accountId(), user.displayName(), user.role() == Role.NATIONAL_ADMIN,
                user.agencyCode());
    }

    @PostMapping("/admin/instansi/nonaktifkan")
    String deactivate(@AuthenticationPrincipal PortalUser user, @RequestParam(name = "kode") String code,
                      @RequestParam(required = false) String successor, @RequestParam(required = false) String reason) {
        administration.deactivate(admin(user), code, successor, reason);
        return "redirect:/instansi?dinonaktifkan";
    }
}
