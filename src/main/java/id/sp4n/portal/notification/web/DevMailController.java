package id.sp4n.portal.notification.web;

import id.sp4n.portal.notification.DevMailbox;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The development mailbox: mail the portal would have sent, on a local run without SMTP. Only the national
 * admin reads it (NotificationPages), and only when it is switched on.
 */
@Controller
@ConditionalOnBooleanProperty(DevMailbox.ENABLED)
class DevMailController {

    private final DevMailbox mailbox;
    private final boolean smtpConfigured;

    DevMailController(DevMailbox mailbox, org.springframework.core.env.Environment environment) {
        this.mailbox = mailbox;
        this.smtpConfigured = environment.containsProperty("spring.mail.host");
    }

    @GetMapping("/dev/mail")
    String mail(Model model) {
        model.addAttribute("smtp", smtpConfigured);
        model.addAttribute("mails", mailbox.latest(50));
        return "notification/dev-mail";
    }
}
