package id.sp4n.portal.notification;

import java.util.Locale;

import id.sp4n.portal.identity.PasswordResetRequested;
import id.sp4n.portal.shared.PortalAddress;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** Sends the one-time link to choose a new password, in the account's language. */
@Component
class PasswordResetMail {

    private final MailDelivery delivery;
    private final TemplateEngine templates;
    private final MessageSource messages;
    private final PortalAddress address;

    PasswordResetMail(MailDelivery delivery, TemplateEngine templates, MessageSource messages, PortalAddress address) {
        this.delivery = delivery;
        this.templates = templates;
        this.messages = messages;
        this.address = address;
    }

    @ApplicationModuleListener
    void on(PasswordResetRequested requested) {
        Locale locale = Locale.forLanguageTag(requested.locale());
        String link = UriComponentsBuilder.fromUriString(address.publicUrl()).path("/atur-ulang-sandi")
                .queryParam("token", requested.token()).build().toUriString();
        Context context = new Context(locale);
        context.setVariable("name", requested.name());
        context.setVariable("link", link);
        delivery.deliver(new OutgoingMail(requested.email(),
                messages.getMessage("mail.reset.subject", null, locale),
                messages.getMessage("mail.reset.text", new Object[] {requested.name(), link}, locale),
                templates.process("mail/reset", context), link));
    }
}
