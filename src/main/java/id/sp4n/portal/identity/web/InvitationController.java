package id.sp4n.portal.identity.web;

import java.util.Optional;

import id.sp4n.portal.identity.StaffInvitations;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /undangan?token=…}: the link mailed to invited staff, where they choose their own password. An unknown,
 * used or expired link says so and tells them to ask their administrator for a new one.
 */
@Controller
class InvitationController {

    private final StaffInvitations invitations;

    InvitationController(StaffInvitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/undangan")
    String form(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        return page(token, invitations.find(token), model, response);
    }

    @PostMapping("/undangan")
    String accept(@RequestParam(required = false) String token, @RequestParam(required = false) String password,
                  @RequestParam(required = false) String passwordConfirmation, Model model,
                  HttpServletResponse response) {
        Optional<StaffInvitations.Invitation> invitation = invitations.find(token);
        if (invitation.isEmpty()) {
            return page(token, invitation, model, response);
        }
        Optional<String> problem = NewPassword.choose(password, passwordConfirmation,
                chosen -> invitations.accept(invitation.get(), chosen));
        if (problem.isPresent()) {
            NewPassword.refuse(problem.get(), model, response);
            return page(token, invitation, model, response);
        }
        return "redirect:/masuk?undangan";
    }

    private static String page(String token, Optional<StaffInvitations.Invitation> invitation, Model model,
                               HttpServletResponse response) {
        if (invitation.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        model.addAttribute("token", token);
        model.addAttribute("invitation", invitation.orElse(null));
        return "identity/invitation";
    }
}
