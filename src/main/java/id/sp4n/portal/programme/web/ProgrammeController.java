package id.sp4n.portal.programme.web;

import id.sp4n.portal.programme.Programmes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public programme pages: public complaints only, nothing personal; the door leads to the labelled form. */
@Controller
class ProgrammeController {

    private final Programmes programmes;
    private final ProgrammeViews views;

    ProgrammeController(Programmes programmes, ProgrammeViews views) {
        this.programmes = programmes;
        this.views = views;
    }

    @GetMapping("/program")
    String all(Model model) {
        model.addAttribute("programmes", programmes.all());
        return "programme/list";
    }

    @GetMapping("/program/metode")
    String method() {
        return "programme/method";
    }

    @GetMapping("/program/{code}")
    String one(@PathVariable String code, @RequestParam(required = false) String dari,
               @RequestParam(required = false) String sampai, Model model) {
        views.fill(programmes.get(code), dari, sampai, false, model);
        return "programme/programme";
    }
}
