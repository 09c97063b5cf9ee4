package id.sp4n.portal.competition.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.sp4n.portal.competition.Competitions;
import id.sp4n.portal.competition.Criterion;
import id.sp4n.portal.competition.Entry;
import id.sp4n.portal.competition.Round;
import id.sp4n.portal.evaluation.BodyClass;
import id.sp4n.portal.identity.PortalUser;
import id.sp4n.portal.shared.FormInput;
import id.sp4n.portal.shared.FormRefusal;
import id.sp4n.portal.shared.LocalizedException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
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
 * Running a round: the national admin opens, closes and publishes it; an agency admin registers and fills the
 * self-assessment; evaluators score. A refused step shows its page again with the reason and what was typed (400).
 */
@Controller
class CompetitionAdminController {

    private static final Map<String, String> FIELD_OF_PROBLEM = Map.ofEntries(
            Map.entry("competition.error.year", "year"), Map.entry("competition.error.yearTaken", "year"),
            Map.entry("competition.error.name", "name"), Map.entry("competition.error.class", "classes"),
            Map.entry("competition.error.noClass", "classes"), Map.entry("competition.error.dates", "registrationUntil"),
            Map.entry("competition.error.date", "registrationUntil"),
            Map.entry("competition.error.dateOrder", "registrationUntil"),
            Map.entry("competition.error.narrative", "narrative"), Map.entry("competition.error.selfScore", "selfScore"),
            Map.entry("competition.error.score", "score"), Map.entry("competition.error.comment", "comment"),
            Map.entry("competition.error.noFile", "file"), Map.entry("competition.error.notPdf", "file"),
            Map.entry("competition.error.fileTooLarge", "file"), Map.entry("competition.error.tooManyFiles", "file"));

    private final Competitions competitions;
    private final MessageSource messages;

    CompetitionAdminController(Competitions competitions, MessageSource messages) {
        this.competitions = competitions;
        this.messages = messages;
    }

    @GetMapping("/admin/kompetisi")
    String all(@AuthenticationPrincipal PortalUser user, Model model) {
        return listPage(user, model);
    }

    @PostMapping("/admin/kompetisi")
    String open(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String year,
                @RequestParam(required = false) String name, @RequestParam(required = false) List<String> classes,
                @RequestParam(required = false) String registrationUntil,
                @RequestParam(required = false) String assessmentUntil, Model model, Locale locale,
                HttpServletResponse response) {
        try {
            Round round = competitions.open(user, year, name, classes, registrationUntil, assessmentUntil);
            return "redirect:/admin/kompetisi/" + round.id() + "?dibuka";
        } catch (LocalizedException refusal) {
            FormRefusal.show(refusal, FIELD_OF_PROBLEM, "competition-", messages, locale, model, response);
            return listPage(user, model);
        }
    }

    @GetMapping("/admin/kompetisi/{id}")
    String desk(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
        return deskPage(user, competitions.round(id), model);
    }

    @PostMapping("/admin/kompetisi/{id}/daftar")
    String register(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model, Locale locale,
                    HttpServletResponse response) {
        return step(user, id, model, locale, response, () -> "redirect:/admin/kompetisi/peserta/"
                + competitions.register(user, id).id() + "?terdaftar");
    }

    @PostMapping("/admin/kompetisi/{id}/penilaian")
    String startEvaluation(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model,
                           Locale locale, HttpServletResponse response) {
        return step(user, id, model, locale, response, () -> {
            competitions.startEvaluation(user, id);
            return "redirect:/admin/kompetisi/" + id + "?dinilai";
        });
    }

    @PostMapping("/admin/kompetisi/{id}/terbitkan")
    String publish(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model, Locale locale,
                   HttpServletResponse response) {
        return step(user, id, model, locale, response, () -> {
            competitions.publish(user, id);
            return "redirect:/kompetisi/" + id + "?diterbitkan";
        });
    }

    @GetMapping("/admin/kompetisi/peserta/{entryId}")
    String entry(@AuthenticationPrincipal PortalUser user, @PathVariable long entryId, Model model) {
        return entryPage(user, entryId, model);
    }

    @PostMapping("/admin/kompetisi/peserta/{entryId}/jawaban")
    String answer(@AuthenticationPrincipal PortalUser user, @PathVariable long entryId,
                  @RequestParam String criterion, @RequestParam(required = false) String selfScore,
                  @RequestParam(required = false) String narrative, Model model, Locale locale,
                  HttpServletResponse response) {
        Criterion chosen = criterion(criterion);
        return entryStep(user, entryId, chosen, model, locale, response, Map.of("narrative", text(narrative),
                "selfScore", text(selfScore)), () -> {
                    competitions.answer(user, entryId, chosen, selfScore, narrative);
                    return "redirect:/admin/kompetisi/peserta/" + entryId + "?disimpan#" + chosen.key();
                });
    }

    @PostMapping("/admin/kompetisi/peserta/{entryId}/bukti")
    String evidence(@AuthenticationPrincipal PortalUser user, @PathVariable long entryId,
                    @RequestParam String criterion, @RequestParam(required = false) MultipartFile file, Model model,
                    Locale locale, HttpServletResponse response) throws IOException {
        Criterion chosen = criterion(criterion);
        byte[] content = file == null ? null : file.getBytes();
        String name = file == null ? null : file.getOriginalFilename();
        return entryStep(user, entryId, chosen, model, locale, response, Map.of(), () -> {
            competitions.addEvidence(user, entryId, chosen, name, content);
            return "redirect:/admin/kompetisi/peserta/" + entryId + "?diunggah#" + chosen.key();
        });
    }

    @GetMapping("/admin/kompetisi/peserta/{entryId}/bukti/{fileId}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal PortalUser user, @PathVariable long entryId,
                                    @PathVariable long fileId) {
        byte[] content = competitions.evidenceContent(user, fileId, entryId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("bukti-" + entryId + "-" + fileId + ".pdf").build().toString())
                .header("X-Content-Type-Options", "nosniff").body(content);
    }

    @PostMapping("/admin/kompetisi/peserta/{entryId}/kirim")
    String submit(@AuthenticationPrincipal PortalUser user, @PathVariable long entryId, Model model, Locale locale,
                  HttpServletResponse response) {
        return entryStep(user, entryId, null, model, locale, response, Map.of(), () -> {
            competitions.submit(user, entryId);
            return "redirect:/admin/kompetisi/peserta/" + entryId + "?dikirim";
        });
    }

    @PostMapping("/admin/kompetisi/peserta/{entryId}/nilai")
    String score(@AuthenticationPrincipal PortalUser user, @PathVariable long entryId, @RequestParam String criterion,
                 @RequestParam(required = false) String score, @RequestParam(required = false) String comment,
                 Model model, Locale locale, HttpServletResponse response) {
        Criterion chosen = criterion(criterion);
        return entryStep(user, entryId, chosen, model, locale, response, Map.of("score", text(score),
                "comment", text(comment)), () -> {
                    competitions.score(user, entryId, chosen, score, comment);
                    return "redirect:/admin/kompetisi/peserta/" + entryId + "?dinilai#" + chosen.key();
                });
    }

    private interface Step {
        String run();
    }

    private String step(PortalUser user, long roundId, Model model, Locale locale, HttpServletResponse response,
                        Step step) {
        try {
            return step.run();
        } catch (LocalizedException refusal) {
            FormRefusal.show(refusal, Map.of(), "competition-", messages, locale, model, response);
            return deskPage(user, competitions.round(roundId), model);
        }
    }

    /** {@code typed}: the fields as typed, shown again under {@code criterion} when the step is refused. */
    private String entryStep(PortalUser user, long entryId, Criterion criterion, Model model, Locale locale,
                             HttpServletResponse response, Map<String, String> typed, Step step) {
        try {
            return step.run();
        } catch (LocalizedException refusal) {
            FormRefusal.show(refusal, FIELD_OF_PROBLEM, "competition-", messages, locale, model, response);
            Object field = model.getAttribute("problemField");
            // The entry page has each field once per criterion: the one refused is "<field>-<criterion>".
            model.addAttribute("problemFieldId", field == null || criterion == null ? null
                    : field + "-" + criterion.key());
            model.addAttribute("refusedCriterion", criterion);
            model.addAttribute("typed", typed);
            return entryPage(user, entryId, model);
        }
    }

    private String listPage(PortalUser user, Model model) {
        List<Round> rounds = competitions.rounds();
        Map<Long, Entry> own = new java.util.HashMap<>();
        if (user.agencyCode() != null) {
            rounds.forEach(round -> competitions.entryOf(round.id(), user.agencyCode())
                    .ifPresent(entry -> own.put(round.id(), entry)));
        }
        model.addAttribute("rounds", rounds);
        model.addAttribute("own", own);
        model.addAttribute("classes", BodyClass.values());
        return "competition/admin";
    }

    private String deskPage(PortalUser user, Round round, Model model) {
        model.addAttribute("round", round);
        model.addAttribute("entries", competitions.entries(round.id()));
        model.addAttribute("own", user.agencyCode() == null ? null
                : competitions.entryOf(round.id(), user.agencyCode()).orElse(null));
        model.addAttribute("ownClass", user.agencyCode() == null ? null
                : competitions.classOf(round, user.agencyCode()).orElse(null));
        return "competition/desk";
    }

    private String entryPage(PortalUser user, long entryId, Model model) {
        Competitions.Assessment assessment = competitions.assessment(user, entryId);
        model.addAttribute("assessment", assessment);
        model.addAttribute("editable", competitions.editable(user, assessment.entry()));
        model.addAttribute("scorable", competitions.scorable(user, assessment.entry()));
        model.addAttribute("seesScores", user.role() != id.sp4n.portal.identity.Role.AGENCY_ADMIN
                || assessment.round().status() == Round.Status.PUBLISHED);
        model.addAttribute("criteria", Criterion.values());
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
        return "competition/entry";
    }

    private static Criterion criterion(String given) {
        return FormInput.choice(Criterion.class, given, "competition.error.criterion");
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
