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
import id.sp4n.portal.complaint.IntakeRules;
import id.sp4n.portal.complaint.ReportType;
import id.sp4n.portal.complaint.TrackingNumber;
import id.sp4n.portal.complaint.handling.ArchiveReason;
import id.sp4n.portal.complaint.handling.AttachmentInspector;
import id.sp4n.portal.complaint.handling.CaseView;
import id.sp4n.portal.complaint.handling.Casework;
import id.sp4n.portal.complaint.handling.CaseworkRefusal;
import id.sp4n.portal.complaint.handling.ComplaintTracking;
import id.sp4n.portal.complaint.handling.ConcurrentChange;
import id.sp4n.portal.complaint.handling.ReplyTemplate;
import id.sp4n.portal.complaint.handling.Staff;
import id.sp4n.portal.complaint.handling.Verification;
import id.sp4n.portal.identity.PortalUser;
import id.sp4n.portal.shared.InvalidRequestException;
import id.sp4n.portal.shared.LocalizedException;
import id.sp4n.portal.shared.RecordNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The officers' case page {@code /petugas/laporan/<number>} with its actions. Each action posts the version the
 * officer saw; a change in between ends on the conflict page (409) with a reload link. An action a rule refuses,
 * or bad input, shows the case page again with the reason beside that action's form and the input kept.
 */
@Controller
class CaseworkController {

    /** How many agencies a forward-target search offers. */
    private static final int TARGET_RESULTS = 15;

    /** The action behind each form's path, to reopen that form with the refusal beside it. */
    private static final Map<String, String> ACTION_OF_PATH = Map.of("verifikasi", "VERIFY", "tanggapan", "RESPOND",
            "tunda", "HOLD", "teruskan", "FORWARD", "tugaskan", "ASSIGN", "arsipkan", "ARCHIVE", "catatan", "NOTE");

    private final Casework casework;
    private final ComplaintTracking tracking;
    private final TrailNarrator narrator;
    private final CategoryCatalogue categories;
    private final AgencyDirectory agencies;
    private final AttachmentInspector inspector;
    private final MessageSource messages;

    CaseworkController(Casework casework, ComplaintTracking tracking, TrailNarrator narrator,
                       CategoryCatalogue categories, AgencyDirectory agencies, AttachmentInspector inspector,
                       MessageSource messages) {
        this.casework = casework;
        this.tracking = tracking;
        this.narrator = narrator;
        this.categories = categories;
        this.agencies = agencies;
        this.inspector = inspector;
        this.messages = messages;
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
            var assignees = casework.assignees(holder);
            model.addAttribute("assignees", assignees);
            model.addAttribute("panel", ActionPanel.of(view,
                    !(assignees.officers().isEmpty() && assignees.units().isEmpty())));
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

    /** Nothing was saved: the same page again, the refused form open with the reason and what the officer typed. */
    @ExceptionHandler({CaseworkRefusal.class, InvalidRequestException.class})
    String refused(LocalizedException refusal, HttpServletRequest request, HttpServletResponse response,
                   Locale locale, Model model) {
        String number = pathVariable(request, "number");
        String path = request.getRequestURI();
        String action = ACTION_OF_PATH.get(path.substring(path.lastIndexOf('/') + 1));
        ResponseStatus status = AnnotatedElementUtils.findMergedAnnotation(refusal.getClass(), ResponseStatus.class);
        response.setStatus(status == null ? HttpServletResponse.SC_BAD_REQUEST : status.code().value());
        model.addAttribute("refused", action);
        model.addAttribute("refusal", messages.getMessage(refusal.messageCode(), refusal.arguments(), locale));
        PortalUser user = (PortalUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        String search = request.getParameter("cari");
        return casePage(casework.find(StaffMembers.of(user), parse(number)), search, null, locale, model);
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
        return conflict(casework.whoChanged(pathVariable(request, "number")), response, model);
    }

    private static String pathVariable(HttpServletRequest request, String name) {
        @SuppressWarnings("unchecked")
        Map<String, String> pathVariables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return pathVariables.get(name);
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
