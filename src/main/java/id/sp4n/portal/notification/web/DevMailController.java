package id.sp4n.portal.notification.web;

import id.sp4n.portal.notification.DevMailbox;
import id.sp4n.portal.shared.ConditionalOnEmbeddedDatabase;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The development mailbox: mail the portal would have sent, on a local run without SMTP. */
@Controller
@ConditionalOnEmbeddedDatabase
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
