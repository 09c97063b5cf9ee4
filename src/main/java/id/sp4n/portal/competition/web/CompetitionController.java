package id.sp4n.portal.competition.web;

import id.sp4n.portal.competition.Competitions;
import id.sp4n.portal.competition.Criterion;
import id.sp4n.portal.competition.Round;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public rounds: their classes, dates and method, and once published the Top 10 of each class with scores. */
@Controller
class CompetitionController {

    private final Competitions competitions;

    CompetitionController(Competitions competitions) {
        this.competitions = competitions;
    }

    @GetMapping("/kompetisi")
    String all(Model model) {
        model.addAttribute("rounds", competitions.rounds());
        return "competition/list";
    }

    @GetMapping("/kompetisi/{id}")
    String one(@PathVariable long id, Model model) {
        Round round = competitions.round(id);
        model.addAttribute("round", round);
        model.addAttribute("top", competitions.top(round));
        model.addAttribute("criteria", Criterion.values());
        return "competition/round";
    }
}
