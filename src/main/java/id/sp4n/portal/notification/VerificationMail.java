package id.sp4n.portal.notification;

import java.util.Locale;

import id.sp4n.portal.identity.CitizenRegistered;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** Sends a newly registered citizen the link that confirms their e-mail address. */
@Component
class VerificationMail {

    private final MailDelivery delivery;
    private final TemplateEngine templates;
    private final MessageSource messages;
    private final NotificationProperties properties;

    VerificationMail(MailDelivery delivery, TemplateEngine templates, MessageSource messages,
                     NotificationProperties properties) {
        this.delivery = delivery;
        this.templates = templates;
        this.messages = messages;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void on(CitizenRegistered registered) {
        Locale locale = Locale.forLanguageTag(registered.locale());
        String link = UriComponentsBuilder.fromUriString(properties.publicUrl()).path("/daftar/verifikasi")
                .queryParam("token", registered.verificationToken()).build().toUriString();
        Context context = new Context(locale);
        context.setVariable("name", registered.name());
        context.setVariable("link", link);
        delivery.deliver(new OutgoingMail(registered.email(),
                messages.getMessage("mail.verification.subject", null, locale),
                messages.getMessage("mail.verification.text", new Object[] {registered.name(), link}, locale),
                templates.process("mail/verification", context)));
    }
}
