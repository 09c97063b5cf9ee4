package id.sp4n.portal.notification.web;

import id.sp4n.portal.identity.MailPreferences;
import id.sp4n.portal.identity.PortalUser;
import id.sp4n.portal.notification.NotificationCentre;
import id.sp4n.portal.shared.RecordNotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /notifikasi}: a signed-in person's notices, marking them read, and the choice of progress mail. */
@Controller
class NotificationController {

    private final NotificationCentre centre;
    private final MailPreferences preferences;

    NotificationController(NotificationCentre centre, MailPreferences preferences) {
        this.centre = centre;
        this.preferences = preferences;
    }

    @GetMapping("/notifikasi")
    String list(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("items", centre.latest(user.accountId()));
        model.addAttribute("progressMail", preferences.wantsProgressMail(user.accountId()));
        return "notification/notifications";
    }

    /** Marks the notice read and goes where it points. */
    @PostMapping("/notifikasi/{id}")
    String open(@AuthenticationPrincipal PortalUser user, @PathVariable long id) {
        String link = centre.open(user.accountId(), id);
        if (link == null) {
            throw new RecordNotFoundException("notifications.notFound", id);
        }
        return "redirect:" + link;
    }

    @PostMapping("/notifikasi/dibaca")
    String markAllRead(@AuthenticationPrincipal PortalUser user) {
        centre.markAllRead(user.accountId());
        return "redirect:/notifikasi";
    }

    @PostMapping("/notifikasi/email")
    String progressMail(@AuthenticationPrincipal PortalUser user,
                        @RequestParam(defaultValue = "false") boolean progressMail) {
        preferences.setProgressMail(user.accountId(), progressMail);
        return "redirect:/notifikasi?tersimpan";
    }
}
