package id.sp4n.portal.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the POST to the same address. */
@Controller
class SignInController {

    @GetMapping("/masuk")
    String signIn() {
        return "identity/sign-in";
    }
}
