package id.sp4n.portal.policy.web;

import java.time.Instant;
import java.util.List;

import id.sp4n.portal.category.CategoryCatalogue;
import id.sp4n.portal.complaint.PublicComplaintDigests;
import id.sp4n.portal.identity.PortalUser;
import id.sp4n.portal.policy.FollowUp;
import id.sp4n.portal.policy.PolicyEffects;
import id.sp4n.portal.policy.PolicyRegister;
import id.sp4n.portal.policy.RecurringProblems;
import id.sp4n.portal.region.RegionDirectory;
import id.sp4n.portal.shared.FormInput;
import id.sp4n.portal.shared.RecordNotFoundException;
import id.sp4n.portal.statistics.Scope;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public register: its entries with the complaints they cite and their measured effect, the problems rising
 * above their usual level with the groups of alike complaints behind them, and how both are computed.
 */
@Controller
class PolicyController {

    /** A group of alike complaints needs at least this many to be shown as one problem. */
    static final int SMALLEST_GROUP = 3;

    private final PolicyRegister register;
    private final PolicyEffects effects;
    private final RecurringProblems recurring;
    private final PublicComplaintDigests complaints;
    private final PolicyEditors editors;
    private final CategoryCatalogue categories;
    private final RegionDirectory regions;

    PolicyController(PolicyRegister register, PolicyEffects effects, RecurringProblems recurring,
                     PublicComplaintDigests complaints, PolicyEditors editors, CategoryCatalogue categories,
                     RegionDirectory regions) {
        this.categories = categories;
        this.regions = regions;
        this.register = register;
        this.effects = effects;
        this.recurring = recurring;
        this.complaints = complaints;
        this.editors = editors;
    }

    @GetMapping("/kebijakan")
    String list(@RequestParam(defaultValue = "0") int halaman, Model model) {
        int page = Math.max(0, halaman);
        List<FollowUp> entries = register.list(null, page);
        long total = register.count(null);
        model.addAttribute("entries", entries);
        model.addAttribute("effects", entries.stream().map(effects::of).toList());
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (total + PolicyRegister.PAGE_SIZE - 1) / PolicyRegister.PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("recurring", recurring.now().problems().size());
        return "policy/register";
    }

    @GetMapping("/kebijakan/{id}")
    String one(@AuthenticationPrincipal PortalUser user, @PathVariable long id, Model model) {
        FollowUp entry = register.find(id).orElseThrow(() -> new RecordNotFoundException("policy.error.notFound", id));
        model.addAttribute("entry", entry);
        model.addAttribute("effect", effects.of(entry));
        model.addAttribute("linked", register.linked(id));
        model.addAttribute("mayEdit", register.mayEdit(editors.of(user), entry));
        return "policy/entry";
    }

    @GetMapping("/kebijakan/masalah-berulang")
    String recurring(Model model) {
        model.addAttribute("survey", recurring.now());
        return "policy/recurring";
    }

    /** One category and place: its sixteen weeks, and the groups of alike complaints of the recent four. */
    @GetMapping("/kebijakan/masalah-berulang/{category}/{place}")
    String problem(@AuthenticationPrincipal PortalUser user, @PathVariable String category, @PathVariable String place,
                   Model model) {
        if (categories.find(category).isEmpty() || regions.find(place).isEmpty()) {
            throw new RecordNotFoundException("policy.error.problem", FormInput.shortened(category),
                    FormInput.shortened(place));
        }
        RecurringProblems.Survey survey = recurring.now();
        RecurringProblems.Problem problem = recurring.of(category, place);
        Instant from = survey.recentFrom().atStartOfDay(Scope.PERIOD_ZONE).toInstant();
        Instant until = survey.until().atStartOfDay(Scope.PERIOD_ZONE).toInstant();
        model.addAttribute("survey", survey);
        model.addAttribute("problem", problem);
        model.addAttribute("rising", survey.find(category, place).isPresent());
        model.addAttribute("groups", complaints.sameProblem(category, place, from, until, SMALLEST_GROUP));
        model.addAttribute("mayOpen", editors.of(user) != null);
        return "policy/problem";
    }

    @GetMapping("/kebijakan/metode")
    String method() {
        return "policy/method";
    }
}
