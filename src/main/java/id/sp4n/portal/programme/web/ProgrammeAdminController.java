package id.sp4n.portal.programme.web;

import java.util.Locale;
import java.util.Map;

import id.sp4n.portal.audit.AuditLog;
import id.sp4n.portal.identity.PortalUser;
import id.sp4n.portal.programme.Programme;
import id.sp4n.portal.programme.ProgrammeBackfill;
import id.sp4n.portal.programme.ProgrammeForm;
import id.sp4n.portal.programme.Programmes;
import id.sp4n.portal.shared.FormRefusal;
import id.sp4n.portal.shared.LocalizedException;
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
 * The KSP desk: every programme, each with confidential complaints counted and its open cases listed; the national
 * admin defines and edits programmes. A refused form comes back as typed (400; 409 when saved meanwhile).
 */
@Controller
class ProgrammeAdminController {

    private static final Map<String, String> FIELD_OF_PROBLEM = Map.ofEntries(
            Map.entry("programme.error.code", "code"), Map.entry("programme.error.taken", "code"),
            Map.entry("programme.error.name", "name"), Map.entry("programme.error.nameEn", "nameEn"),
            Map.entry("programme.error.summary", "summary"), Map.entry("programme.error.category", "categoryCodes"),
            Map.entry("programme.error.keyword", "keywords"),
            Map.entry("programme.error.nothingToMatch", "categoryCodes"),
            Map.entry("programme.error.startsOn", "startsOn"), Map.entry("programme.error.endsOn", "endsOn"));

    private final Programmes programmes;
    private final ProgrammeBackfill backfill;
    private final ProgrammeViews views;
    private final MessageSource messages;

    ProgrammeAdminController(Programmes programmes, ProgrammeBackfill backfill, ProgrammeViews views,
                             MessageSource messages) {
        this.backfill = backfill;
        this.programmes = programmes;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping("/admin/program")
    String all(Model model) {
        model.addAttribute("programmes", programmes.all());
        return "programme/admin";
    }

    @GetMapping("/admin/program/{code}")
    String desk(@PathVariable String code, @RequestParam(required = false) String dari,
                @RequestParam(required = false) String sampai, Model model) {
        views.fill(programmes.get(code), dari, sampai, true, model);
        return "programme/programme";
    }

    @GetMapping("/admin/program/baru")
    String newForm(Model model) {
        return form(null, new ProgrammeForm("", "", "", "", "", "", "", "", "false"), 0, model);
    }

    @PostMapping("/admin/program/baru")
    String create(@AuthenticationPrincipal PortalUser user, ProgrammeForm form, Model model, Locale locale,
                  HttpServletResponse response) {
        try {
            Programme created = programmes.create(actor(user), form);
            return "redirect:/admin/program/" + created.code() + "?disimpan";
        } catch (LocalizedException refusal) {
            refused(refusal, model, locale, response);
            return form(null, form, 0, model);
        }
    }

    @GetMapping("/admin/program/{code}/ubah")
    String editForm(@PathVariable String code, Model model) {
        Programme programme = programmes.get(code);
        return form(programme, ProgrammeForm.of(programme), programme.version(), model);
    }

    @PostMapping("/admin/program/{code}/ubah")
    String update(@AuthenticationPrincipal PortalUser user, @PathVariable String code, @RequestParam long version,
                  ProgrammeForm form, Model model, Locale locale, HttpServletResponse response) {
        Programme programme = programmes.get(code);
        try {
            programmes.update(actor(user), code, version, form);
            return "redirect:/admin/program/" + code + "?disimpan";
        } catch (LocalizedException refusal) {
            refused(refusal, model, locale, response);
            return form(programme, form, version, model);
        }
    }

    /** Brings in the complaints filed while the programme ran that match it now (after defining or changing it). */
    @PostMapping("/admin/program/{code}/tandai-ulang")
    String backfill(@AuthenticationPrincipal PortalUser user, @PathVariable String code) {
        int joined = backfill.backfill(actor(user), code);
        return "redirect:/admin/program/" + code + "?ditandai=" + joined;
    }

    private static String form(Programme editing, ProgrammeForm form, long version, Model model) {
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        model.addAttribute("version", version);
        return "programme/form";
    }

    private void refused(LocalizedException refusal, Model model, Locale locale, HttpServletResponse response) {
        FormRefusal.show(refusal, FIELD_OF_PROBLEM, "programme-", messages, locale, model, response);
    }

    private static AuditLog.Actor actor(PortalUser user) {
        return new AuditLog.Actor(user.accountId(), user.displayName());
    }
}
