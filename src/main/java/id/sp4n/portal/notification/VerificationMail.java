package id.sp4n.portal.notification;

import java.util.Locale;

import id.sp4n.portal.identity.CitizenRegistered;
import id.sp4n.portal.identity.RegistrationForTakenAddress;
import id.sp4n.portal.shared.PortalAddress;
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
    private final PortalAddress address;

    VerificationMail(MailDelivery delivery, TemplateEngine templates, MessageSource messages,
                     PortalAddress address) {
        this.delivery = delivery;
        this.templates = templates;
        this.messages = messages;
        this.address = address;
    }

    @ApplicationModuleListener
    void on(CitizenRegistered registered) {
        String link = UriComponentsBuilder.fromUriString(address.publicUrl()).path("/daftar/verifikasi")
                .queryParam("token", registered.verificationToken()).build().toUriString();
        send(registered.email(), registered.name(), link, registered.locale(), "mail.verification", "mail/verification",
                link);
    }

    @ApplicationModuleListener
    void on(RegistrationForTakenAddress attempt) {
        String link = UriComponentsBuilder.fromUriString(address.publicUrl()).path("/masuk").build().toUriString();
        send(attempt.email(), attempt.name(), link, attempt.locale(), "mail.taken", "mail/already-registered", null);
    }

    /** A mail with one link: subject and text from {@code <keys>.subject} / {@code <keys>.text}, HTML from the template. */
    private void send(String to, String name, String link, String language, String keys, String template,
                      String identity) {
        Locale locale = Locale.forLanguageTag(language);
        Context context = new Context(locale);
        context.setVariable("name", name);
        context.setVariable("link", link);
        delivery.deliver(new OutgoingMail(to, messages.getMessage(keys + ".subject", null, locale),
                messages.getMessage(keys + ".text", new Object[] {name, link}, locale),
                templates.process(template, context), identity));
    }
}
