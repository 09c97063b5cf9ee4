package id.sp4n.portal.identity.web;

import java.util.Optional;

import id.sp4n.portal.identity.PasswordResets;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /lupa-sandi}: asks for the address and answers the same whether or not it has an account;
 * {@code /atur-ulang-sandi?token=…}: the mailed link, where the new password is chosen. An unknown, used or expired
 * link says so and offers a new one.
 */
@Controller
class PasswordResetController {

    private final PasswordResets resets;

    PasswordResetController(PasswordResets resets) {
        this.resets = resets;
    }

    @GetMapping("/lupa-sandi")
    String requestForm() {
        return "identity/forgot";
    }

    @PostMapping("/lupa-sandi")
    String request(@RequestParam(required = false) String email, Model model) {
        resets.request(email);
        model.addAttribute("sent", true);
        return "identity/forgot";
    }

    @GetMapping("/atur-ulang-sandi")
    String form(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        return page(token, resets.find(token), model, response);
    }

    @PostMapping("/atur-ulang-sandi")
    String reset(@RequestParam(required = false) String token, @RequestParam(required = false) String password,
                 @RequestParam(required = false) String passwordConfirmation, Model model,
                 HttpServletResponse response) {
        Optional<PasswordResets.Reset> reset = resets.find(token);
        if (reset.isEmpty()) {
            return page(token, reset, model, response);
        }
        Optional<String> problem = NewPassword.choose(password, passwordConfirmation,
                chosen -> resets.reset(reset.get(), chosen));
        if (problem.isPresent()) {
            NewPassword.refuse(problem.get(), model, response);
            return page(token, reset, model, response);
        }
        return "redirect:/masuk?sandiBaru";
    }

    private static String page(String token, Optional<PasswordResets.Reset> reset, Model model,
                               HttpServletResponse response) {
        if (reset.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        model.addAttribute("token", token);
        model.addAttribute("reset", reset.orElse(null));
        return "identity/reset";
    }
}
