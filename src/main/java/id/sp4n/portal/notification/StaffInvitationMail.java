package id.sp4n.portal.notification;

import java.util.Locale;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.agency.AgencyNode;
import id.sp4n.portal.identity.StaffInvited;
import id.sp4n.portal.shared.PortalAddress;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** Sends invited staff the link where they choose their own password (in Indonesian: staff work in it). */
@Component
class StaffInvitationMail {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final MailDelivery delivery;
    private final TemplateEngine templates;
    private final MessageSource messages;
    private final PortalAddress address;
    private final AgencyHierarchy agencies;

    StaffInvitationMail(MailDelivery delivery, TemplateEngine templates, MessageSource messages,
                        PortalAddress address, AgencyHierarchy agencies) {
        this.delivery = delivery;
        this.templates = templates;
        this.messages = messages;
        this.address = address;
        this.agencies = agencies;
    }

    @ApplicationModuleListener
    void on(StaffInvited invited) {
        String link = UriComponentsBuilder.fromUriString(address.publicUrl()).path("/undangan")
                .queryParam("token", invited.token()).build().toUriString();
        String role = messages.getMessage("role." + invited.role().name(), null, INDONESIAN);
        String agency = agencies.tree().find(invited.agencyCode()).map(AgencyNode::name).orElse(invited.agencyCode());
        Context context = new Context(INDONESIAN);
        context.setVariable("name", invited.name());
        context.setVariable("role", role);
        context.setVariable("agency", agency);
        context.setVariable("link", link);
        delivery.deliver(new OutgoingMail(invited.email(),
                messages.getMessage("mail.invitation.subject", null, INDONESIAN),
                messages.getMessage("mail.invitation.text", new Object[] {invited.name(), role, agency, link},
                        INDONESIAN),
                templates.process("mail/invitation", context), link));
    }
}
