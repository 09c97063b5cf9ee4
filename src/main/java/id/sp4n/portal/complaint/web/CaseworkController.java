package id.sp4n.portal.complaint.web;

import java.util.Locale;
import java.util.Map;

import id.sp4n.portal.category.CategoryCatalogue;
import id.sp4n.portal.complaint.CaseView;
import id.sp4n.portal.complaint.Casework;
import id.sp4n.portal.complaint.ComplaintStatus;
import id.sp4n.portal.complaint.ComplaintTracking;
import id.sp4n.portal.complaint.ConcurrentChange;
import id.sp4n.portal.complaint.InboxQuery;
import id.sp4n.portal.complaint.ReportType;
import id.sp4n.portal.complaint.Staff;
import id.sp4n.portal.complaint.TrackingNumber;
import id.sp4n.portal.complaint.Verification;
import id.sp4n.portal.identity.PortalUser;
import id.sp4n.portal.region.RegionDirectory;
import id.sp4n.portal.shared.InvalidRequestException;
import id.sp4n.portal.shared.RecordNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The officers' pages: the inbox {@code /petugas} (htmx swaps the result list; without JavaScript the filter
 * form reloads the page) and the case page {@code /petugas/laporan/<number>} with its actions. Each action
 * posts the version the officer saw; a change in between ends on the conflict page (409) with a reload link.
 */
@Controller
class CaseworkController {

    private final Casework casework;
    private final ComplaintTracking tracking;
    private final TrailNarrator narrator;
    private final CategoryCatalogue categories;
    private final RegionDirectory regions;

    CaseworkController(Casework casework, ComplaintTracking tracking, TrailNarrator narrator, CategoryCatalogue categories,
                       RegionDirectory regions) {
        this.casework = casework;
        this.tracking = tracking;
        this.narrator = narrator;
        this.categories = categories;
        this.regions = regions;
    }

    @GetMapping("/petugas")
    String inbox(@AuthenticationPrincipal PortalUser user,
                 @RequestParam(required = false) ComplaintStatus status,
                 @RequestParam(required = false) ReportType type,
                 @RequestParam(required = false) String category,
                 @RequestParam(required = false) String province,
                 @RequestParam(required = false) String agency,
                 @RequestParam(required = false) String q,
                 @RequestParam(required = false) InboxQuery.Sort sort,
                 @RequestParam(defaultValue = "0") int page,
                 @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Staff staff = StaffMembers.of(user);
        InboxQuery query = new InboxQuery(status, type, category, province, agency, q, sort, page);
        model.addAttribute("query", query);
        model.addAttribute("result", casework.inbox(staff, query));
        model.addAttribute("staff", staff);
        model.addAttribute("agencyName", narrator.agencyName(staff.agencyCode()));
        model.addAttribute("names", narrator);
        model.addAttribute("statuses", ComplaintStatus.values());
        model.addAttribute("types", ReportType.values());
        model.addAttribute("categories", categories.all());
        model.addAttribute("provinces", regions.provinces());
        return htmx != null ? "complaint/inbox :: results" : "complaint/inbox";
    }

    @GetMapping("/petugas/laporan/{number}")
    String showCase(@AuthenticationPrincipal PortalUser user, @PathVariable String number, Locale locale,
                    Model model) {
        return casePage(casework.find(StaffMembers.of(user), parse(number)), locale, model);
    }

    @GetMapping("/petugas/laporan/{number}/lampiran/{id}")
    ResponseEntity<byte[]> attachment(@AuthenticationPrincipal PortalUser user, @PathVariable String number,
                                      @PathVariable long id) {
        CaseView view = casework.find(StaffMembers.of(user), parse(number));
        return tracking.attachment(view.complaint(), id).map(TrackingController::download)
                .orElseThrow(() -> new RecordNotFoundException("complaint.notFound", number));
    }

    @PostMapping("/petugas/laporan/{number}/identitas")
    String reveal(@AuthenticationPrincipal PortalUser user, @PathVariable String number, Locale locale,
                  Model model) {
        return casePage(casework.reveal(StaffMembers.of(user), parse(number)), locale, model);
    }

    @PostMapping("/petugas/laporan/{number}/verifikasi")
    String verify(@AuthenticationPrincipal PortalUser user, @PathVariable String number,
                  @RequestParam long version, @RequestParam ReportType type,
                  @RequestParam(required = false) String categoryCode,
                  @RequestParam(defaultValue = "false") boolean misconduct,
                  @RequestParam(defaultValue = "false") boolean anonymous,
                  @RequestParam(defaultValue = "false") boolean confidential,
                  @RequestParam(required = false) String title) {
        String category = categoryCode == null || categoryCode.isBlank() ? null : categoryCode;
        if (category != null && categories.find(category).isEmpty()) {
            throw new InvalidRequestException("intake.error.category.unknown");
        }
        int titleLength = title == null || title.isBlank() ? 0 : title.strip().length();
        if (titleLength > 0 && (titleLength < ComplaintFormReader.TITLE_MIN || titleLength > ComplaintFormReader.TITLE_MAX)) {
            throw new InvalidRequestException("intake.error.title.length", ComplaintFormReader.TITLE_MIN,
                    ComplaintFormReader.TITLE_MAX, titleLength);
        }
        casework.verify(StaffMembers.of(user), parse(number), version,
                new Verification(type, category, misconduct, anonymous, confidential, title));
        return "redirect:/petugas/laporan/" + number + "?selesai=verifikasi";
    }

    @PostMapping("/petugas/laporan/{number}/tanggapan")
    String respond(@AuthenticationPrincipal PortalUser user, @PathVariable String number,
                   @RequestParam long version, @RequestParam(required = false) String text) {
        casework.respond(StaffMembers.of(user), parse(number), version, text);
        return "redirect:/petugas/laporan/" + number + "?selesai=tanggapan";
    }

    @PostMapping("/petugas/laporan/{number}/catatan")
    String note(@AuthenticationPrincipal PortalUser user, @PathVariable String number,
                @RequestParam long version, @RequestParam(required = false) String text) {
        casework.addNote(StaffMembers.of(user), parse(number), version, text);
        return "redirect:/petugas/laporan/" + number + "?selesai=catatan";
    }

    @ExceptionHandler(ConcurrentChange.class)
    String conflict(ConcurrentChange change, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("change", change);
        return "complaint/conflict";
    }

    /** Two officers passed the version check at the same moment; the database let only one through. */
    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    String lostRace(ObjectOptimisticLockingFailureException failure, HttpServletResponse response, Model model,
                    HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> pathVariables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return conflict(casework.whoChanged(pathVariables.get("number")), response, model);
    }

    private String casePage(CaseView view, Locale locale, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("complaint", view.complaint());
        model.addAttribute("trail", narrator.narrate(view.complaint(), locale));
        model.addAttribute("names", new TrackingController.Names(narrator, view.complaint(), locale));
        model.addAttribute("types", ReportType.values());
        model.addAttribute("categories", categories.all());
        return "complaint/case";
    }

    private static TrackingNumber parse(String number) {
        return TrackingNumber.parse(number)
                .orElseThrow(() -> new RecordNotFoundException("complaint.notFound", number));
    }
}
