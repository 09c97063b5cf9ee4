package id.sp4n.portal.agency.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import id.sp4n.portal.agency.AgencyAdministration;
import id.sp4n.portal.agency.AgencyAdministrator;
import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.agency.AgencyNode;
import id.sp4n.portal.agency.AgencyPermissions;
import id.sp4n.portal.agency.AgencyTier;
import id.sp4n.portal.shared.CsvImportRejected;
import id.sp4n.portal.shared.InvalidRequestException;
import id.sp4n.portal.shared.RecordNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Creating, editing, moving and deactivating agencies, and their CSV, for the signed-in administrator (as an
 * {@link AgencyAdministrator}, so that agencies need not know identity). A form the administrator may not use
 * is refused when it is opened, not after it is filled in; with unfinished complaints, deactivating and moving ask
 * for the successor that receives them.
 */
@Controller
class AgencyAdminController {

    private final AgencyAdministration administration;
    private final AgencyPermissions permissions;
    private final AgencyHierarchy hierarchy;
    private final MessageSource messages;

    AgencyAdminController(AgencyAdministration administration, AgencyPermissions permissions,
                          AgencyHierarchy hierarchy, MessageSource messages) {
        this.administration = administration;
        this.permissions = permissions;
        this.hierarchy = hierarchy;
        this.messages = messages;
    }

    @GetMapping("/admin/instansi/nonaktifkan")
    String deactivateForm(@AuthenticationPrincipal AgencyAdministrator user, @RequestParam(name = "kode") String code,
                          Model model) {
        AgencyNode agency = existing(code);
        AgencyRights rights = AgencyRights.of(permissions, user);
        rights.require(rights.deactivate(code), "agencies.refused");
        return subtreeForm(agency, model, "agency/deactivate");
    }

    @GetMapping("/admin/instansi/pindahkan")
    String moveForm(@AuthenticationPrincipal AgencyAdministrator user, @RequestParam(name = "kode") String code, Model model) {
        AgencyNode agency = existing(code);
        AgencyRights rights = AgencyRights.of(permissions, user);
        rights.require(rights.move(), "agencies.refused.move");
        return subtreeForm(agency, model, "agency/move");
    }

    /** Deactivating and moving both act on the whole subtree and may need a successor for its complaints. */
    private String subtreeForm(AgencyNode agency, Model model, String view) {
        model.addAttribute("agency", agency);
        model.addAttribute("subtree", hierarchy.tree().subtreeCodes(agency.code()).size());
        model.addAttribute("unfinished", administration.unfinishedIn(agency.code()));
        return view;
    }

    @GetMapping("/admin/instansi.csv")
    ResponseEntity<String> export() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"instansi.csv\"")
                .body(administration.exportCsv());
    }

    @GetMapping("/admin/instansi/impor")
    String importForm() {
        return "agency/import";
    }

    /** All or nothing: a file with any problem adds nothing, and the page lists every problem by line. */
    @PostMapping("/admin/instansi/impor")
    String importCsv(@AuthenticationPrincipal AgencyAdministrator user,
                     @RequestParam(name = "file", required = false) MultipartFile file, Locale locale, Model model,
                     HttpServletResponse response) throws IOException {
        String text = file == null ? "" : new String(file.getBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        try {
            model.addAttribute("imported", administration.importCsv(AgencyRights.admin(user), text));
        } catch (CsvImportRejected rejected) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", rejected.describe(messages, locale));
        }
        return "agency/import";
    }

    @GetMapping("/admin/instansi/ubah")
    String editForm(@AuthenticationPrincipal AgencyAdministrator user, @RequestParam(name = "kode") String code, Model model) {
        AgencyNode agency = existing(code);
        AgencyRights rights = AgencyRights.of(permissions, user);
        rights.require(rights.edit(code), "agencies.refused");
        model.addAttribute("agency", agency);
        model.addAttribute("current", administration.details(code));
        return "agency/edit";
    }

    @PostMapping("/admin/instansi/ubah")
    String edit(@AuthenticationPrincipal AgencyAdministrator user, @RequestParam(name = "kode") String code,
                @RequestParam(required = false) String name, @RequestParam(defaultValue = "false") boolean doorOpen,
                @RequestParam(required = false) String contactEmail, @RequestParam(required = false) String contactPhone,
                @RequestParam(required = false) String contactAddress) {
        administration.edit(AgencyRights.admin(user), code, new AgencyAdministration.Details(name, doorOpen,
                contactEmail, contactPhone, contactAddress));
        return "redirect:/instansi/" + code + "?diubah";
    }

    @GetMapping("/admin/instansi/baru")
    String createForm(@AuthenticationPrincipal AgencyAdministrator user, @RequestParam(name = "induk") String parentCode,
                      Model model) {
        AgencyNode parent = existing(parentCode);
        AgencyRights rights = AgencyRights.of(permissions, user);
        rights.require(rights.addBelow(parentCode), "agencies.refused");
        model.addAttribute("parent", parent);
        model.addAttribute("tiers", AgencyTier.values());
        return "agency/create";
    }

    @PostMapping("/admin/instansi/baru")
    String create(@AuthenticationPrincipal AgencyAdministrator user, @RequestParam(name = "induk") String parentCode,
                  @RequestParam(required = false) String code, @RequestParam(required = false) String name,
                  @RequestParam(required = false) String kind, @RequestParam(required = false) String tier,
                  @RequestParam(required = false) String region) {
        administration.create(AgencyRights.admin(user), code, name, kind, tier, parentCode, region);
        return "redirect:/instansi/" + code.strip() + "?dibuat";
    }

    @PostMapping("/admin/instansi/pindahkan")
    String move(@AuthenticationPrincipal AgencyAdministrator user, @RequestParam(name = "kode") String code,
                @RequestParam(required = false) String parent, @RequestParam(required = false) String successor,
                @RequestParam(required = false) String reason) {
        administration.move(AgencyRights.admin(user), code, parent, successor, reason);
        return "redirect:/instansi/" + code + "?dipindahkan";
    }

    @PostMapping("/admin/instansi/nonaktifkan")
    String deactivate(@AuthenticationPrincipal AgencyAdministrator user, @RequestParam(name = "kode") String code,
                      @RequestParam(required = false) String successor, @RequestParam(required = false) String reason) {
        administration.deactivate(AgencyRights.admin(user), code, successor, reason);
        return "redirect:/admin/instansi?dinonaktifkan";
    }

    /** The field each refusal of these forms concerns (by its message key), and that field's element id. */
    private static final Map<String, String> FIELD_OF_PROBLEM = Map.ofEntries(
            Map.entry("agencies.error.successorRequired", "successor"), Map.entry("agencies.error.successor", "successor"),
            Map.entry("agencies.error.reason", "reason"), Map.entry("agencies.error.parent", "parent"),
            Map.entry("agencies.error.cycle", "parent"), Map.entry("agencies.error.sameParent", "parent"),
            Map.entry("agencies.error.tier", "parent"), Map.entry("agencies.error.tierName", "tier"),
            Map.entry("agencies.error.code", "code"), Map.entry("agencies.error.unitCode", "code"),
            Map.entry("agencies.error.taken", "code"), Map.entry("agencies.error.name", "name"),
            Map.entry("agencies.error.region", "region"), Map.entry("agencies.error.contact", "contactEmail"));
    private static final Map<String, String> ELEMENT_OF_FIELD = Map.of("tier", "agency-tier", "kind", "agency-kind",
            "code", "agency-code", "name", "agency-name", "region", "agency-region", "contactEmail", "agency-email");

    /**
     * A form a rule refused (no successor named, a code taken, …) is shown again with the reason at the top and beside
     * its field, and with what the administrator typed; nothing was saved.
     */
    @ExceptionHandler(InvalidRequestException.class)
    String refused(InvalidRequestException refusal, HttpServletRequest request, HttpServletResponse response,
                   Locale locale, Model model) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        String field = FIELD_OF_PROBLEM.get(refusal.messageCode());
        model.addAttribute("problem", messages.getMessage(refusal.messageCode(), refusal.arguments(), locale));
        model.addAttribute("problemField", field);
        model.addAttribute("problemFieldId", field == null ? null : ELEMENT_OF_FIELD.getOrDefault(field, field));
        String code = request.getParameter("kode");
        return switch (request.getRequestURI()) {
            case "/admin/instansi/nonaktifkan" -> subtreeForm(existing(code), model, "agency/deactivate");
            case "/admin/instansi/pindahkan" -> subtreeForm(existing(code), model, "agency/move");
            case "/admin/instansi/ubah" -> {
                model.addAttribute("agency", existing(code));
                model.addAttribute("current", administration.details(code));
                yield "agency/edit";
            }
            case "/admin/instansi/baru" -> {
                model.addAttribute("parent", existing(request.getParameter("induk")));
                model.addAttribute("tiers", AgencyTier.values());
                yield "agency/create";
            }
            default -> {
                model.addAttribute("status", HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("explanation", model.getAttribute("problem"));
                yield "error";
            }
        };
    }

    private AgencyNode existing(String code) {
        return hierarchy.tree().find(code).orElseThrow(() -> new RecordNotFoundException("agency.notFound", code));
    }
}
