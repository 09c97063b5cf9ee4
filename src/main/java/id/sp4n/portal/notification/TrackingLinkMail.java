package id.sp4n.portal.notification;

import java.util.Locale;

import id.sp4n.portal.complaint.TrackingLinkIssued;
import id.sp4n.portal.complaint.TrackingNumber;
import id.sp4n.portal.shared.PortalAddress;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** Sends a guest reporter the tracking number and private link, in the language they filed in. */
@Component
class TrackingLinkMail {

    private final MailDelivery delivery;
    private final TemplateEngine templates;
    private final MessageSource messages;
    private final PortalAddress address;

    TrackingLinkMail(MailDelivery delivery, TemplateEngine templates, MessageSource messages,
                     PortalAddress address) {
        this.delivery = delivery;
        this.templates = templates;
        this.messages = messages;
        this.address = address;
    }

    @ApplicationModuleListener
    void on(TrackingLinkIssued issued) {
        Locale locale = Locale.forLanguageTag(issued.locale());
        TrackingNumber number = new TrackingNumber(issued.trackingNumber());
        String link = UriComponentsBuilder.fromUriString(address.publicUrl()).path("/lacak/{number}")
                .queryParam("kunci", issued.accessKey()).buildAndExpand(number.value()).toUriString();
        String name = issued.name() == null ? messages.getMessage("mail.greeting.anonymous", null, locale)
                : issued.name();
        Context context = new Context(locale);
        context.setVariable("name", name);
        context.setVariable("number", number.display());
        context.setVariable("link", link);
        String subject = messages.getMessage("mail.trackingLink.subject", new Object[] {number.display()}, locale);
        String text = messages.getMessage("mail.trackingLink.text", new Object[] {name, number.display(), link},
                locale);
        // The same identity (hence Message-ID) whichever instance sends it: the number and key, not the link's host.
        delivery.deliver(new OutgoingMail(issued.email(), subject, text, templates.process("mail/tracking-link",
                context), "tracking-link/" + number.value() + "/" + issued.accessKey()));
    }
}
