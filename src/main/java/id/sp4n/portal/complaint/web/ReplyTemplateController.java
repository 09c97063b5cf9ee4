package id.sp4n.portal.complaint.web;

import id.sp4n.portal.complaint.handling.ReplyTemplates;
import id.sp4n.portal.complaint.handling.Staff;
import id.sp4n.portal.identity.PortalUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** {@code /petugas/templat}: an agency's reply templates, kept by its admins (see {@link ReplyTemplates}). */
@Controller
class ReplyTemplateController {

    private final ReplyTemplates templates;
    private final TrailNarrator narrator;

    ReplyTemplateController(ReplyTemplates templates, TrailNarrator narrator) {
        this.templates = templates;
        this.narrator = narrator;
    }

    @GetMapping("/petugas/templat")
    String list(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String agency,
                Model model) {
        Staff staff = StaffMembers.of(user);
        String agencyCode = agency == null || agency.isBlank() ? staff.agencyCode() : agency;
        model.addAttribute("agencyCode", agencyCode);
        model.addAttribute("agencyName", narrator.agencyName(agencyCode));
        model.addAttribute("templates", templates.of(agencyCode));
        model.addAttribute("mayManage", staff.scope() == Staff.Scope.SUBTREE || staff.scope() == Staff.Scope.NATIONAL);
        return "complaint/templates";
    }

    @PostMapping("/petugas/templat")
    String add(@AuthenticationPrincipal PortalUser user, @RequestParam String agency,
               @RequestParam(required = false) String name, @RequestParam(required = false) String body) {
        templates.add(StaffMembers.of(user), agency, name, body);
        return back(agency, "tambah");
    }

    @PostMapping("/petugas/templat/{id}/hapus")
    String delete(@AuthenticationPrincipal PortalUser user, @PathVariable long id) {
        return back(templates.delete(StaffMembers.of(user), id), "hapus");
    }

    private static String back(String agencyCode, String action) {
        return "redirect:" + UriComponentsBuilder.fromPath("/petugas/templat").queryParam("agency", agencyCode)
                .queryParam("selesai", action).encode().build().toUriString();
    }
}
