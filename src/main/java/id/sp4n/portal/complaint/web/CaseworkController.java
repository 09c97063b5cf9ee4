package id.sp4n.portal.complaint.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import id.sp4n.portal.agency.AgencyDirectory;
import id.sp4n.portal.agency.AgencyQuery;
import id.sp4n.portal.category.CategoryCatalogue;
import id.sp4n.portal.complaint.CleanAttachment;
import id.sp4n.portal.complaint.ComplaintStatus;
import id.sp4n.portal.complaint.IntakeRules;
import id.sp4n.portal.complaint.ReportType;
import id.sp4n.portal.complaint.TrackingNumber;
import id.sp4n.portal.complaint.handling.ArchiveReason;
import id.sp4n.portal.complaint.handling.AttachmentInspector;
import id.sp4n.portal.complaint.handling.CaseView;
import id.sp4n.portal.complaint.handling.Casework;
import id.sp4n.portal.complaint.handling.ComplaintTracking;
import id.sp4n.portal.complaint.handling.ConcurrentChange;
import id.sp4n.portal.complaint.handling.ReplyTemplate;
import id.sp4n.portal.complaint.handling.Staff;
import id.sp4n.portal.complaint.handling.Verification;
import id.sp4n.portal.complaint.inbox.InboxQuery;
import id.sp4n.portal.complaint.inbox.InboxSearch;
import id.sp4n.portal.identity.PortalUser;
import id.sp4n.portal.region.RegionDirectory;
import id.sp4n.portal.shared.InvalidRequestException;
import id.sp4n.portal.shared.RecordNotFoundException;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The officers' pages: the inbox {@code /petugas} (htmx swaps the result list; without JavaScript the filter
 * form reloads the page) and the case page {@code /petugas/laporan/<number>} with its actions. Each action
 * posts the version the officer saw; a change in between ends on the conflict page (409) with a reload link.
 */
@Controller
class CaseworkController {

    /** How many agencies a forward-target search offers. */
    private static final int TARGET_RESULTS = 15;

    private final Casework casework;
    private final InboxSearch inbox;
    private final ComplaintTracking tracking;
    private final TrailNarrator narrator;
    private final CategoryCatalogue categories;
    private final RegionDirectory regions;
    private final AgencyDirectory agencies;
    private final AttachmentInspector inspector;

    CaseworkController(Casework casework, InboxSearch inbox, ComplaintTracking tracking, TrailNarrator narrator, CategoryCatalogue categories,
                       RegionDirectory regions, AgencyDirectory agencies, AttachmentInspector inspector) {
        this.agencies = agencies;
        this.inspector = inspector;
        this.casework = casework;
        this.inbox = inbox;
        this.tracking = tracking;
        this.narrator = narrator;
        this.categories = categories;
        this.regions = regions;
    }

    /** The inbox, the escalation queue and the Ombudsman's referrals: the same list over other complaints. */
    @GetMapping({"/petugas", "/petugas/eskalasi", "/petugas/ombudsman"})
    String inbox(@AuthenticationPrincipal PortalUser user, HttpServletRequest request,
                 @RequestParam(required = false) ComplaintStatus status,
                 @RequestParam(required = false) ReportType type,
                 @RequestParam(required = false) String category,
                 @RequestParam(required = false) String province,
                 @RequestParam(required = false) String agency,
                 @RequestParam(required = false) String q,
                 @RequestParam(defaultValue = "false") boolean overdue,
                 @RequestParam(required = false) InboxQuery.Sort sort,
                 @RequestParam(defaultValue = "0") int page,
                 @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Staff staff = StaffMembers.of(user);
        String path = request.getRequestURI();
        InboxQuery.Queue queue = path.endsWith("/eskalasi") ? InboxQuery.Queue.ESCALATED
                : path.endsWith("/ombudsman") ? InboxQuery.Queue.OMBUDSMAN : InboxQuery.Queue.INBOX;
        InboxQuery query = new InboxQuery(status, type, category, province, agency, q, overdue, queue, sort, page);
        model.addAttribute("query", query);
        model.addAttribute("listPath", path);
        model.addAttribute("result", inbox.page(staff, query));
        model.addAttribute("staff", staff);
        model.addAttribute("agencyName", narrator.agencyName(staff.agencyCode()));
        model.addAttribute("names", narrator);
        model.addAttribute("statuses", ComplaintStatus.values());
        model.addAttribute("types", ReportType.values());
        model.addAttribute("categories", categories.all());
        model.addAttribute("provinces", regions.provinces());
        return htmx != null ? "complaint/inbox :: results" : "complaint/inbox";
    }

    /**
     * The case page. {@code cari} searches the hierarchy for a forward target and {@code templat} starts the
     * response from a reply template: both work as plain links and forms, without JavaScript.
     */
    @GetMapping("/petugas/laporan/{number}")
    String showCase(@AuthenticationPrincipal PortalUser user, @PathVariable String number,
                    @RequestParam(name = "cari", required = false) String targetSearch,
                    @RequestParam(name = "templat", required = false) Long templateId, Locale locale,
                    Model model) {
        return casePage(casework.find(StaffMembers.of(user), parse(number)), targetSearch, templateId, locale, model);
    }

    private String casePage(CaseView view, String targetSearch, Long templateId, Locale locale, Model model) {
        if (view.mayAct()) {
            String holder = view.complaint().currentAgencyCode();
            List<ReplyTemplate> templates = casework.templatesFor(holder);
            model.addAttribute("templates", templates);
            model.addAttribute("responseDraft", templates.stream()
                    .filter(t -> templateId != null && t.id() == templateId).map(ReplyTemplate::body)
                    .findFirst().orElse(""));
            model.addAttribute("assignees", casework.assignees(holder));
            model.addAttribute("targetSearch", targetSearch);
            model.addAttribute("targets", targetSearch == null || targetSearch.isBlank() ? List.of()
                    : agencies.search(new AgencyQuery(null, null, targetSearch, 0, TARGET_RESULTS)).items().stream()
                            .filter(a -> !a.code().equals(holder)).toList());
        }
        return casePage(view, locale, model);
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
        return casePage(casework.reveal(StaffMembers.of(user), parse(number)), null, null, locale, model);
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
        if (titleLength > 0 && (titleLength < IntakeRules.TITLE_MIN || titleLength > IntakeRules.TITLE_MAX)) {
            throw new InvalidRequestException("intake.error.title.length", IntakeRules.TITLE_MIN,
                    IntakeRules.TITLE_MAX, titleLength);
        }
        casework.verify(StaffMembers.of(user), parse(number), version,
                new Verification(type, category, misconduct, anonymous, confidential, title));
        return done(number, "verifikasi");
    }

    @PostMapping("/petugas/laporan/{number}/tanggapan")
    String respond(@AuthenticationPrincipal PortalUser user, @PathVariable String number,
                   @RequestParam long version, @RequestParam(required = false) String text,
                   @RequestParam(name = "attachments", required = false) List<MultipartFile> files) {
        List<CleanAttachment> attachments = Uploads.inspect(inspector, files, new Uploads.Refusals() {
            @Override
            public void tooMany(int sent) {
                throw new InvalidRequestException("intake.error.attachments.count", AttachmentInspector.MAX_FILES, sent);
            }

            @Override
            public void refused(MultipartFile file, AttachmentInspector.Rejected rejected) {
                throw new InvalidRequestException(rejected.messageCode(), Uploads.refusalArguments(file));
            }
        });
        casework.respond(StaffMembers.of(user), parse(number), version, text, attachments);
        return done(number, "tanggapan");
    }

    @PostMapping("/petugas/laporan/{number}/tunda")
    String hold(@AuthenticationPrincipal PortalUser user, @PathVariable String number,
                @RequestParam long version, @RequestParam(required = false) String question) {
        casework.hold(StaffMembers.of(user), parse(number), version, question);
        return done(number, "tunda");
    }

    @PostMapping("/petugas/laporan/{number}/teruskan")
    String forward(@AuthenticationPrincipal PortalUser user, @PathVariable String number,
                   @RequestParam long version, @RequestParam(required = false) String target,
                   @RequestParam(required = false) String reason) {
        casework.forward(StaffMembers.of(user), parse(number), version, target, reason);
        return done(number, "teruskan");
    }

    /** One form, two kinds of assignee: {@code officer:<account id>} or {@code unit:<agency code>}. */
    @PostMapping("/petugas/laporan/{number}/tugaskan")
    String assign(@AuthenticationPrincipal PortalUser user, @PathVariable String number,
                  @RequestParam long version, @RequestParam(required = false) String assignee) {
        Staff staff = StaffMembers.of(user);
        String choice = assignee == null ? "" : assignee;
        if (choice.startsWith("unit:")) {
            casework.assignToUnit(staff, parse(number), version, choice.substring("unit:".length()));
        } else if (choice.matches("officer:\\d{1,18}")) {
            casework.assignToOfficer(staff, parse(number), version, Long.parseLong(choice.substring("officer:".length())));
        } else {
            throw new InvalidRequestException("casework.assign.required");
        }
        return done(number, "tugaskan");
    }

    @PostMapping("/petugas/laporan/{number}/arsipkan")
    String archive(@AuthenticationPrincipal PortalUser user, @PathVariable String number,
                   @RequestParam long version, @RequestParam(required = false) ArchiveReason reason,
                   @RequestParam(required = false) String original, @RequestParam(required = false) String note) {
        casework.archive(StaffMembers.of(user), parse(number), version, reason, original, note);
        return done(number, "arsipkan");
    }

    @PostMapping("/petugas/laporan/{number}/catatan")
    String note(@AuthenticationPrincipal PortalUser user, @PathVariable String number,
                @RequestParam long version, @RequestParam(required = false) String text) {
        casework.addNote(StaffMembers.of(user), parse(number), version, text);
        return done(number, "catatan");
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

    /**
     * Back to the case page after an action. The complaint may have left the officer's reach (forwarded,
     * assigned to a unit): the page then shows it read-only, which is what they may still see.
     */
    private static String done(String number, String action) {
        return "redirect:/petugas/laporan/" + number + "?selesai=" + action;
    }

    private String casePage(CaseView view, Locale locale, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("complaint", view.complaint());
        model.addAttribute("trail", narrator.narrate(view.complaint(), locale));
        model.addAttribute("names", new TrackingController.Names(narrator, view.complaint(), locale));
        model.addAttribute("narrator", narrator);
        model.addAttribute("types", ReportType.values());
        model.addAttribute("categories", categories.all());
        model.addAttribute("archiveReasons", ArchiveReason.values());
        return "complaint/case";
    }

    private static TrackingNumber parse(String number) {
        return TrackingNumber.parse(number)
                .orElseThrow(() -> new RecordNotFoundException("complaint.notFound", number));
    }
}
