package id.sp4n.portal.identity.web;

import java.util.Optional;
import java.util.function.Function;

import id.sp4n.portal.identity.PasswordPolicy;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

/**
 * Choosing a password from a mailed link (a staff invitation, a password reset): the two fields must match, then the
 * policy decides; a problem shows the same form again (400) with the message above it.
 */
final class NewPassword {

    private NewPassword() {
    }

    /** Saves the password when the two fields match; returns the message key of the problem, if any. */
    static Optional<String> choose(String password, String confirmation, Function<String, Optional<String>> save) {
        return password == null || !password.equals(confirmation) ? Optional.of("register.error.confirmation")
                : save.apply(password);
    }

    static void refuse(String problem, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("problem", problem);
        model.addAttribute("min", PasswordPolicy.MIN_LENGTH);
        model.addAttribute("max", PasswordPolicy.MAX_LENGTH);
    }
}
