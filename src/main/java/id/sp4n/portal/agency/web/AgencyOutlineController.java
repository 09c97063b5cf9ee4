package id.sp4n.portal.agency.web;

import id.sp4n.portal.agency.AgencyAdministration;
import id.sp4n.portal.agency.AgencyAdministrator;
import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.agency.AgencyOutline;
import id.sp4n.portal.agency.AgencyPermissions;
import id.sp4n.portal.shared.ActionForbiddenException;
import id.sp4n.portal.shared.RecordNotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /admin/instansi}: the administrator's part of the hierarchy as a tree that opens one branch at a time
 * (htmx fetches {@code /admin/instansi/cabang}; without JavaScript each branch is a link to its own page), and a
 * search inside it. The national admin sees the whole tree, an agency admin their own agency and what lies below.
 */
@Controller
class AgencyOutlineController {

    static final int SEARCH_LIMIT = 50;

    private final AgencyOutline outline;
    private final AgencyHierarchy hierarchy;
    private final AgencyPermissions permissions;

    AgencyOutlineController(AgencyOutline outline, AgencyHierarchy hierarchy, AgencyPermissions permissions) {
        this.outline = outline;
        this.hierarchy = hierarchy;
        this.permissions = permissions;
    }

    @GetMapping("/admin/instansi")
    String tree(@AuthenticationPrincipal AgencyAdministrator admin, @RequestParam(name = "induk", required = false) String focus,
                @RequestParam(required = false) String q, Model model) {
        String top = top(admin);
        String focusCode = focus == null || focus.isBlank() ? top : focus.strip();
        withinReach(admin, focusCode);
        model.addAttribute("top", outline.branch(top));
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            model.addAttribute("found", outline.search(top, q, SEARCH_LIMIT));
        } else {
            model.addAttribute("path", outline.pathFrom(top, focusCode));
            model.addAttribute("focus", outline.branch(focusCode));
            model.addAttribute("branches", outline.below(focusCode));
        }
        model.addAttribute("may", AgencyRights.of(permissions, admin));
        return "agency/admin";
    }

    /** One level of the tree for htmx; a plain request (no script) is sent to that branch's own page instead. */
    @GetMapping("/admin/instansi/cabang")
    String branch(@AuthenticationPrincipal AgencyAdministrator admin, @RequestParam(name = "kode") String code,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        withinReach(admin, code);
        if (htmx == null) {
            return "redirect:" + UriComponentsBuilder.fromPath("/admin/instansi").queryParam("induk", code)
                    .encode().build().toUriString();
        }
        model.addAttribute("branches", outline.below(code));
        model.addAttribute("may", AgencyRights.of(permissions, admin));
        return "agency/admin :: branches";
    }

    private String top(AgencyAdministrator user) {
        AgencyAdministration.Admin admin = user.asAgencyAdministrator();
        return admin.national() ? hierarchy.tree().root().code() : admin.agencyCode();
    }

    /** The admin's part of the tree is where they may edit: their own agency and below, or everything. */
    private void withinReach(AgencyAdministrator admin, String code) {
        if (!hierarchy.tree().contains(code)) {
            throw new RecordNotFoundException("agency.notFound", code);
        }
        if (!AgencyRights.of(permissions, admin).edit(code)) {
            throw new ActionForbiddenException("agencies.refused");
        }
    }
}
