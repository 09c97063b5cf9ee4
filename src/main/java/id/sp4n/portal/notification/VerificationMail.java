package id.sp4n.portal.notification;

import java.util.Locale;

import id.sp4n.portal.identity.CitizenRegistered;
import id.sp4n.portal.identity.RegistrationForTakenAddress;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Sends a newly registered citizen the link that confirms their e-mail address, and the owner of an address that
 * was registered again a notice instead (the form gave the same answer, so nobody learns who has an account).
 */
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

    @ApplicationModuleListener
    void on(RegistrationForTakenAddress attempt) {
        Locale locale = Locale.forLanguageTag(attempt.locale());
        String link = UriComponentsBuilder.fromUriString(properties.publicUrl()).path("/masuk").build().toUriString();
        Context context = new Context(locale);
        context.setVariable("name", attempt.name());
        context.setVariable("link", link);
        delivery.deliver(new OutgoingMail(attempt.email(),
                messages.getMessage("mail.taken.subject", null, locale),
                messages.getMessage("mail.taken.text", new Object[] {attempt.name(), link}, locale),
                templates.process("mail/already-registered", context)));
    }
}
