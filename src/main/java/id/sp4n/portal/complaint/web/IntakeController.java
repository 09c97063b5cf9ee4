package id.sp4n.portal.complaint.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import id.sp4n.portal.agency.AgencyDirectory;
import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.agency.AgencyNode;
import id.sp4n.portal.complaint.IntakeChannel;
import id.sp4n.portal.complaint.IntakeRules;
import id.sp4n.portal.complaint.ReportType;
import id.sp4n.portal.complaint.Submission;
import id.sp4n.portal.complaint.TrackingNumber;
import id.sp4n.portal.complaint.handling.AccessKey;
import id.sp4n.portal.complaint.handling.ComplaintTracking;
import id.sp4n.portal.complaint.handling.TrackedComplaint;
import id.sp4n.portal.identity.PortalUser;
import id.sp4n.portal.region.RegionDirectory;
import id.sp4n.portal.shared.RecordNotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The intake form at the national door ({@code /lapor}) and at every agency's own door
 * ({@code /instansi/<code>/lapor}). Works without JavaScript: the "load districts" button re-renders the form
 * with the districts of the chosen regency; scripts only make the selects cascade and suggest categories.
 */
@Controller
class IntakeController {

    private final AgencyHierarchy agencies;
    private final AgencyDirectory directory;
    private final RegionDirectory regions;
    private final IntakeOptions options;
    private final IntakeRules intake;
    private final ComplaintTracking tracking;

    IntakeController(AgencyHierarchy agencies, AgencyDirectory directory, RegionDirectory regions,
                     IntakeOptions options, IntakeRules intake,
                     ComplaintTracking tracking) {
        this.agencies = agencies;
        this.directory = directory;
        this.regions = regions;
        this.options = options;
        this.intake = intake;
        this.tracking = tracking;
    }

    /** {@code program}: the form was opened from a programme's own door; the complaint is labelled with it. */
    @GetMapping("/lapor")
    String nationalDoor(@RequestParam(name = "program", required = false) String programme, Model model) {
        ComplaintForm form = new ComplaintForm();
        form.setFormKey(AccessKey.generate());
        form.setLabel(IntakeRules.label(programme));
        return formPage(agencies.tree().root(), model, form);
    }

    @GetMapping({"/instansi/{code}/lapor", "/instansi/{code}/{unit}/lapor"})
    String agencyDoor(@PathVariable String code, @PathVariable(required = false) String unit, Model model) {
        Optional<AgencyNode> known = knownDoor(code, unit);
        if (known.isEmpty()) {
            // The agency was deactivated: its old links lead to the national form.
            return "redirect:/lapor";
        }
        AgencyNode door = known.get();
        if (!door.doorOpen()) {
            // A closed door sends people to the national form, which still routes to the authorised agency.
            return "redirect:" + org.springframework.web.util.UriComponentsBuilder.fromPath("/lapor")
                    .queryParam("ditutup", door.code()).encode().build().toUriString();
        }
        return emptyForm(door, model);
    }

    @PostMapping("/lapor")
    ModelAndView submitAtNationalDoor(@ModelAttribute("form") ComplaintForm form, BindingResult errors,
                                @AuthenticationPrincipal PortalUser user, HttpServletRequest request,
                                HttpServletResponse response, Locale locale, Model model) {
        return submit(agencies.tree().root(), form, errors, user, request, response, locale, model);
    }

    @PostMapping({"/instansi/{code}/lapor", "/instansi/{code}/{unit}/lapor"})
    ModelAndView submitAtAgencyDoor(@PathVariable String code, @PathVariable(required = false) String unit,
                              @ModelAttribute("form") ComplaintForm form, BindingResult errors,
                              @AuthenticationPrincipal PortalUser user, HttpServletRequest request,
                              HttpServletResponse response, Locale locale, Model model) {
        // A form opened before the door closed, or before its agency was deactivated, still arrives: at the
        // national desk, from where routing takes it to the authorised agency as always.
        AgencyNode door = knownDoor(code, unit).filter(AgencyNode::doorOpen).orElse(agencies.tree().root());
        return submit(door, form, errors, user, request, response, locale, model);
    }

    @GetMapping("/lapor/terkirim")
    String submitted(@RequestParam("nomor") String number, @RequestParam("kunci") String key, Model model) {
        TrackedComplaint complaint = TrackingNumber.parse(number).flatMap(n -> tracking.forKeyHolder(n, key))
                .orElseThrow(() -> new RecordNotFoundException("complaint.notFound", number));
        model.addAttribute("complaint", complaint);
        model.addAttribute("privateLink", ServletLinks.privateTrackingLink(complaint.number(), key));
        model.addAttribute("key", key);
        return "complaint/submitted";
    }

    /**
     * Answers with the form again, or with a redirect to the confirmation. The redirect is a view object, not a
     * {@code "redirect:…"} name: every such name is unique (it carries the tracking number), and the view
     * resolver creates and caches each one under a single lock that all form posts queued for.
     */
    private ModelAndView submit(AgencyNode door, ComplaintForm form, BindingResult errors, PortalUser user,
                          HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        if (!AccessKey.isWellFormed(form.getFormKey())) {
            form.setFormKey(AccessKey.generate());
        }
        if (request.getParameter("refresh") != null) {
            // "Load districts" without JavaScript: show the same form again, now with the districts.
            return new ModelAndView(formPage(door, model, form));
        }
        IntakeRules.Filed filed = intake.file(ComplaintFormReader.draft(form, IntakeChannel.WEB, door.code(), user,
                locale), form.getFormKey(), ClientKeys.of(request, user));
        if (filed.submission().isEmpty()) {
            ComplaintFormReader.reject(filed.problems(), errors);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return new ModelAndView(formPage(door, model, form));
        }
        Submission submission = filed.submission().get();
        return new ModelAndView(new RedirectView(UriComponentsBuilder.fromPath("/lapor/terkirim")
                .queryParam("nomor", submission.trackingNumber().value())
                .queryParam("kunci", submission.accessKey()).build().toUriString(), true));
    }

    private String emptyForm(AgencyNode door, Model model) {
        ComplaintForm form = new ComplaintForm();
        form.setFormKey(AccessKey.generate());
        return formPage(door, model, form);
    }

    private String formPage(AgencyNode door, Model model, ComplaintForm form) {
        model.addAttribute("form", form);
        model.addAttribute("door", door);
        model.addAttribute("nationalDoor", door.isRoot());
        model.addAttribute("types", ReportType.values());
        model.addAttribute("provinceOptions", options.provinces(form.getProvinceCode()));
        model.addAttribute("regencyOptions", options.regencies(form.getRegencyCode()));
        model.addAttribute("districts", form.getRegencyCode() == null || form.getRegencyCode().isBlank()
                ? List.of()
                : regions.find(form.getRegencyCode()).map(r -> regions.children(r.code())).orElse(List.of()));
        model.addAttribute("categoryOptions", options.categories(LocaleContextHolder.getLocale(), form.getCategoryCode()));
        return "complaint/intake";
    }

    /** The active agency at this door, empty for a deactivated one; a code that never was an agency is not found. */
    private Optional<AgencyNode> knownDoor(String code, String unit) {
        String doorCode = unit == null ? code : code + "/" + unit;
        Optional<AgencyNode> door = agencies.tree().find(doorCode);
        if (door.isEmpty() && !directory.wasDeactivated(doorCode)) {
            throw new RecordNotFoundException("agency.notFound", doorCode);
        }
        return door;
    }
}
