package id.sp4n.portal.policy.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.sp4n.portal.complaint.PublicComplaintDigests;
import id.sp4n.portal.identity.PortalUser;
import id.sp4n.portal.policy.ActionKind;
import id.sp4n.portal.policy.FollowUp;
import id.sp4n.portal.policy.FollowUpForm;
import id.sp4n.portal.policy.FollowUpStatus;
import id.sp4n.portal.policy.PolicyRegister;
import id.sp4n.portal.shared.ActionForbiddenException;
import id.sp4n.portal.shared.FormRefusal;
import id.sp4n.portal.shared.LocalizedException;
import id.sp4n.portal.shared.RecordNotFoundException;
import id.sp4n.portal.statistics.Scope;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Opening and keeping register entries. A refused form comes back as typed, with the rule that refused it at the top
 * and beside its field (400; 409 when someone saved the entry meanwhile); nothing of it is kept.
 */
@Controller
class PolicyAdminController {

    /** How far back the complaint search of an entry's form looks. */
    static final int SEARCHED_DAYS = 365;
    static final int FOUND_AT_MOST = 50;

    /** The field each refusal concerns (by its message key). */
    private static final Map<String, String> FIELD_OF_PROBLEM = Map.ofEntries(
            Map.entry("policy.error.agency", "agencyCode"), Map.entry("policy.error.agencyNotYours", "agencyCode"),
            Map.entry("policy.error.title", "title"), Map.entry("policy.error.category", "categoryCode"),
            Map.entry("policy.error.region", "regionCode"), Map.entry("policy.error.rootCause", "rootCause"),
            Map.entry("policy.error.actionKind", "actionKind"), Map.entry("policy.error.action", "action"),
            Map.entry("policy.error.owner", "owner"), Map.entry("policy.error.status", "status"),
            Map.entry("policy.error.plannedOn", "plannedOn"), Map.entry("policy.error.doneOnMissing", "doneOn"),
            Map.entry("policy.error.doneOnNotDone", "doneOn"), Map.entry("policy.error.doneOnFuture", "doneOn"),
            Map.entry("policy.error.notPublic", "nomor"), Map.entry("policy.error.tooMany", "nomor"),
            Map.entry("policy.error.noComplaints", "nomor"));

    private final PolicyRegister register;
    private final PolicyEditors editors;
    private final PublicComplaintDigests complaints;
    private final MessageSource messages;
    private final Clock clock;

    PolicyAdminController(PolicyRegister register, PolicyEditors editors, PublicComplaintDigests complaints,
                          MessageSource messages, Clock clock) {
        this.register = register;
        this.editors = editors;
        this.complaints = complaints;
        this.messages = messages;
        this.clock = clock;
    }

    /** A new entry, filled in from a recurring problem's page when it came from there. */
    @GetMapping("/admin/kebijakan/baru")
    String newForm(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String kategori,
                   @RequestParam(required = false) String wilayah, @RequestParam(required = false) String nomor,
                   Model model) {
        PolicyRegister.Editor editor = editor(user);
        FollowUpForm form = new FollowUpForm(user.agencyCode(), "", kategori, wilayah, "", ActionKind.SOP.name(), "",
                "", FollowUpStatus.PLANNED.name(), "", "");
        return newPage(editor, form, nomor, model);
    }

    @PostMapping("/admin/kebijakan/baru")
    String open(@AuthenticationPrincipal PortalUser user, FollowUpForm form,
                @RequestParam(required = false) String nomor, Model model, Locale locale,
                HttpServletResponse response) {
        PolicyRegister.Editor editor = editor(user);
        try {
            FollowUp opened = register.open(editor, form, nomor == null ? List.of() : List.of(nomor));
            return "redirect:/kebijakan/" + opened.id() + "?dibuka";
        } catch (LocalizedException refusal) {
            refused(refusal, model, locale, response);
            return newPage(editor, form, nomor, model);
        }
    }

    @GetMapping("/admin/kebijakan/{id}/ubah")
    String editForm(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
                    @RequestParam(required = false) String cari, Model model) {
        FollowUp entry = editable(user, id);
        return editPage(entry, FollowUpForm.of(entry), entry.version(), cari, model);
    }

    @PostMapping("/admin/kebijakan/{id}/ubah")
    String update(@AuthenticationPrincipal PortalUser user, @PathVariable long id, @RequestParam long version,
                  FollowUpForm form, Model model, Locale locale, HttpServletResponse response) {
        FollowUp entry = editable(user, id);
        try {
            register.update(editor(user), id, version, form);
            return "redirect:/kebijakan/" + id + "?disimpan";
        } catch (LocalizedException refusal) {
            refused(refusal, model, locale, response);
            return editPage(entry, form, version, null, model);
        }
    }

    @PostMapping("/admin/kebijakan/{id}/tautkan")
    String link(@AuthenticationPrincipal PortalUser user, @PathVariable long id,
                @RequestParam(name = "nomor", required = false) List<String> numbers, Model model, Locale locale,
                HttpServletResponse response) {
        FollowUp entry = editable(user, id);
        try {
            int cited = register.link(editor(user), id, numbers).size();
            return "redirect:/admin/kebijakan/" + id + "/ubah?ditautkan=" + cited;
        } catch (LocalizedException refusal) {
            refused(refusal, model, locale, response);
            model.addAttribute("typedNumbers", numbers == null ? "" : String.join(" ", numbers));
            return editPage(entry, FollowUpForm.of(entry), entry.version(), null, model);
        }
    }

    @PostMapping("/admin/kebijakan/{id}/lepas")
    String unlink(@AuthenticationPrincipal PortalUser user, @PathVariable long id, @RequestParam String nomor) {
        editable(user, id);
        register.unlink(editor(user), id, nomor);
        return "redirect:/admin/kebijakan/" + id + "/ubah?dilepas";
    }

    private String newPage(PolicyRegister.Editor editor, FollowUpForm form, String numbers, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("typedNumbers", numbers == null ? "" : numbers);
        model.addAttribute("actionKinds", ActionKind.values());
        model.addAttribute("statuses", FollowUpStatus.values());
        return "policy/new";
    }

    private String editPage(FollowUp entry, FollowUpForm form, long version, String searched, Model model) {
        model.addAttribute("entry", entry);
        model.addAttribute("form", form);
        model.addAttribute("version", version);
        model.addAttribute("actionKinds", ActionKind.values());
        model.addAttribute("statuses", FollowUpStatus.values());
        model.addAttribute("linked", register.linked(entry.id()));
        model.addAttribute("searched", searched == null ? "" : searched);
        if (searched != null) {
            Instant now = clock.instant();
            LocalDate today = LocalDate.now(clock.withZone(Scope.PERIOD_ZONE));
            model.addAttribute("found", complaints.search(entry.categoryCode(), entry.regionCode(),
                    today.minusDays(SEARCHED_DAYS).atStartOfDay(Scope.PERIOD_ZONE).toInstant(), now, searched,
                    FOUND_AT_MOST));
        }
        if (!model.containsAttribute("typedNumbers")) {
            model.addAttribute("typedNumbers", "");
        }
        return "policy/edit";
    }

    private void refused(LocalizedException refusal, Model model, Locale locale, HttpServletResponse response) {
        FormRefusal.show(refusal, FIELD_OF_PROBLEM, "policy-", messages, locale, model, response);
    }

    private PolicyRegister.Editor editor(PortalUser user) {
        PolicyRegister.Editor editor = editors.of(user);
        if (editor == null) {
            throw new ActionForbiddenException("policy.error.notYours");
        }
        return editor;
    }

    private FollowUp editable(PortalUser user, long id) {
        FollowUp entry = register.find(id).orElseThrow(() -> new RecordNotFoundException("policy.error.notFound", id));
        if (!register.mayEdit(editor(user), entry)) {
            throw new ActionForbiddenException("policy.error.notYours");
        }
        return entry;
    }
}
