package id.sp4n.portal.routing.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;


import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.audit.AuditLog;
import id.sp4n.portal.category.CategoryCatalogue;
import id.sp4n.portal.complaint.ReasonNarrator;
import id.sp4n.portal.identity.PortalUser;
import id.sp4n.portal.region.RegionDirectory;
import id.sp4n.portal.routing.Route;
import id.sp4n.portal.routing.RoutingSimulator;
import id.sp4n.portal.routing.RuleAdministration;
import id.sp4n.portal.shared.CsvImportRejected;
import id.sp4n.portal.shared.FormInput;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /admin/simulasi}: where a complaint would go from a door, for a category and a place, with the rule that
 * decided each step. {@code /admin/aturan}: the responsibility rules (the national admin changes them).
 */
@Controller
class RoutingAdminController {

    private final RoutingSimulator simulator;
    private final RuleAdministration rules;
    private final ReasonNarrator narrator;
    private final CategoryCatalogue categories;
    private final RegionDirectory regions;
    private final AgencyHierarchy hierarchy;
    private final MessageSource messages;

    RoutingAdminController(RoutingSimulator simulator, RuleAdministration rules, ReasonNarrator narrator,
                           CategoryCatalogue categories, RegionDirectory regions, AgencyHierarchy hierarchy,
                           MessageSource messages) {
        this.messages = messages;
        this.simulator = simulator;
        this.rules = rules;
        this.narrator = narrator;
        this.categories = categories;
        this.regions = regions;
        this.hierarchy = hierarchy;
    }

    /** One step of a simulated route, in the reader's language. */
    record Step(String from, String fromName, String to, String toName, String rule, String reason) {
    }

    @GetMapping("/admin/simulasi")
    String simulate(@RequestParam(name = "pintu", required = false) String door,
                    @RequestParam(name = "kategori", required = false) String category,
                    @RequestParam(name = "wilayah", required = false) String regency, Locale locale, Model model) {
        model.addAttribute("door", door == null ? hierarchy.tree().root().code() : door);
        model.addAttribute("category", category);
        model.addAttribute("regency", regency);
        model.addAttribute("categories", categories.all());
        model.addAttribute("regencies", regions.regenciesAndCities());
        model.addAttribute("narrator", narrator);
        if (regency != null) {
            Route route = simulator.simulate(door, category, regency);
            model.addAttribute("route", route);
            model.addAttribute("steps", route.hops().stream().map(hop -> new Step(hop.fromAgencyCode(),
                    narrator.agencyName(hop.fromAgencyCode()), hop.toAgencyCode(), narrator.agencyName(hop.toAgencyCode()),
                    hop.rule(), narrator.reason(hop.reasonCode(), hop.reasonArgs(), locale))).toList());
        }
        return "routing/simulator";
    }

    @GetMapping("/admin/aturan")
    String rules(Model model) {
        model.addAttribute("rules", rules.all());
        model.addAttribute("categories", categories.all());
        model.addAttribute("narrator", narrator);
        return "routing/rules";
    }

    @PostMapping("/admin/aturan")
    String create(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String categoryCode,
                  @RequestParam(required = false) String regionCode, @RequestParam(required = false) String agencyCode,
                  @RequestParam(required = false) String effectiveFrom, @RequestParam(required = false) String note) {
        rules.create(actor(user), new RuleAdministration.RuleInput(categoryCode, blankToNull(regionCode),
                blankToNull(agencyCode), FormInput.optionalDate(effectiveFrom, "rules.error.from"), note));
        return "redirect:/admin/aturan?selesai=tambah";
    }

    @GetMapping("/admin/aturan.csv")
    ResponseEntity<String> export() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"aturan-kewenangan.csv\"")
                .body(rules.exportCsv());
    }

    /** All or nothing: a file with any problem imports nothing, and the page lists every problem by line. */
    @PostMapping("/admin/aturan/impor")
    String importCsv(@AuthenticationPrincipal PortalUser user, @RequestParam(name = "file", required = false) MultipartFile file,
                     Locale locale, Model model, HttpServletResponse response) throws IOException {
        String text = file == null ? "" : new String(file.getBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        try {
            int imported = rules.importCsv(actor(user), text);
            return "redirect:/admin/aturan?selesai=impor&jumlah=" + imported;
        } catch (CsvImportRejected rejected) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("importProblems", rejected.describe(messages, locale));
            return rules(model);
        }
    }

    @PostMapping("/admin/aturan/{id}")
    String edit(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
                @RequestParam(required = false) String agencyCode, @RequestParam(required = false) String effectiveFrom,
                @RequestParam(required = false) String note) {
        rules.edit(actor(user), id, blankToNull(agencyCode), FormInput.optionalDate(effectiveFrom, "rules.error.from"), note);
        return "redirect:/admin/aturan?selesai=ubah";
    }

    @PostMapping("/admin/aturan/{id}/hapus")
    String delete(@AuthenticationPrincipal PortalUser user, @PathVariable long id) {
        rules.delete(actor(user), id);
        return "redirect:/admin/aturan?selesai=hapus";
    }

    private static AuditLog.Actor actor(PortalUser user) {
        return new AuditLog.Actor(user.accountId(), user.displayName());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
