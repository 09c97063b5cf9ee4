package id.sp4n.portal.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the POST to the same address. */
@Controller
class SignInController {

    /** {@code terkunci}: the minutes to wait after too many failed attempts (SignInThrottleFilter). */
    @GetMapping("/masuk")
    String signIn(@RequestParam(name = "terkunci", required = false) String lockedMinutes, Model model) {
        if (lockedMinutes != null && lockedMinutes.matches("[0-9]{1,4}")) {
            model.addAttribute("lockedMinutes", Integer.parseInt(lockedMinutes));
        }
        return "identity/sign-in";
    }
}
