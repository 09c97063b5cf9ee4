package id.sp4n.portal.category.web;

import id.sp4n.portal.audit.AuditLog;
import id.sp4n.portal.category.AuthorityTier;
import id.sp4n.portal.category.CategoryAdministration;
import id.sp4n.portal.category.CategoryCatalogue;
import id.sp4n.portal.identity.PortalUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /admin/kategori}: the categories; the national admin adds and edits them ({@code ?kode=} to edit one). */
@Controller
class CategoryAdminController {

    private final CategoryCatalogue catalogue;
    private final CategoryAdministration administration;

    CategoryAdminController(CategoryCatalogue catalogue, CategoryAdministration administration) {
        this.catalogue = catalogue;
        this.administration = administration;
    }

    @GetMapping("/admin/kategori")
    String list(@RequestParam(name = "kode", required = false) String code, Model model) {
        model.addAttribute("categories", catalogue.all());
        model.addAttribute("tiers", AuthorityTier.values());
        model.addAttribute("editing", catalogue.find(code).orElse(null));
        return "category/categories";
    }

    @PostMapping("/admin/kategori")
    String save(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String code,
                @RequestParam(required = false) String nameId, @RequestParam(required = false) String nameEn,
                @RequestParam(required = false) String tier, @RequestParam(required = false) String handler,
                @RequestParam(required = false) String keywords) {
        administration.save(new AuditLog.Actor(user.accountId(), user.displayName()),
                new CategoryAdministration.CategoryInput(code, nameId, nameEn, tier, handler, keywords));
        return "redirect:/admin/kategori?tersimpan";
    }
}
