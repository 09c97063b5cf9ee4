package id.sp4n.portal.identity.web;

import java.util.Locale;

import id.sp4n.portal.identity.CitizenAccounts;
import id.sp4n.portal.identity.PasswordPolicy;
import id.sp4n.portal.shared.EmailAddress;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Citizen registration ({@code /daftar}) and the e-mail confirmation link ({@code /daftar/verifikasi}). */
@Controller
class RegistrationController {

    private final CitizenAccounts citizens;

    RegistrationController(CitizenAccounts citizens) {
        this.citizens = citizens;
    }

    @GetMapping("/daftar")
    String form(Model model) {
        model.addAttribute("form", new RegistrationForm());
        return "identity/register";
    }

    @PostMapping("/daftar")
    String register(@ModelAttribute("form") RegistrationForm form, BindingResult errors, Locale locale,
                    HttpServletResponse response, Model model) {
        String name = form.getName() == null ? "" : form.getName().trim();
        String email = form.getEmail() == null ? "" : form.getEmail().trim();
        if (name.isEmpty() || name.length() > 120) {
            errors.rejectValue("name", "register.error.name");
        }
        if (!EmailAddress.isDeliverable(email)) {
            errors.rejectValue("email", "intake.error.email.format");
        }
        if (form.getPassword() == null || !form.getPassword().equals(form.getPasswordConfirmation())) {
            errors.rejectValue("passwordConfirmation", "register.error.confirmation");
        }
        if (!errors.hasErrors()) {
            CitizenAccounts.Registration registration = citizens.register(email, form.getPassword(), name, locale);
            if (registration.succeeded()) {
                model.addAttribute("email", email.toLowerCase(Locale.ROOT));
                return "identity/registered";
            }
            errors.rejectValue(registration.problemField(), registration.problemCode(),
                    new Object[] {PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH}, null);
        }
        form.setPassword(null);
        form.setPasswordConfirmation(null);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "identity/register";
    }

    @GetMapping("/daftar/verifikasi")
    String verify(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("verified", citizens.verify(token));
        return "identity/verified";
    }
}
