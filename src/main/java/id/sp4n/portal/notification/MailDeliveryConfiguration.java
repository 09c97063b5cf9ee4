package id.sp4n.portal.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Chooses how mail leaves the portal: the configured SMTP server ({@code spring.mail.host}); without one, the
 * development mailbox if a developer switched it on; otherwise nothing can be sent and every attempt fails, so
 * the notifications wait in the event log until SMTP is configured. Nothing is dropped silently.
 */
@Configuration(proxyBeanMethods = false)
class MailDeliveryConfiguration {

    /**
     * Only when a developer turns it on, a development mailbox is used when no SMTP server is configured. It holds
     * private tracking links and staff invitations, so it is never on by default and never on in production.
     */
    @Bean
        @ConditionalOnBooleanProperty(DevMailbox.ENABLED)
    DevMailbox devMailbox(JdbcClient jdbc) {
        return new DevMailbox(jdbc);
    }

    @Bean
    MailDelivery mailDelivery(ObjectProvider<JavaMailSender> smtp, ObjectProvider<DevMailbox> devMailbox,
                              NotificationProperties properties) {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender != null) {
            return mail -> send(sender, properties.sender(), mail);
        }
        DevMailbox mailbox = devMailbox.getIfAvailable();
        if (mailbox != null) {
            return mailbox::deliver;
        }
        return mail -> {
            throw new MailSendException("No SMTP server configured (spring.mail.host); mail to " + mail.to()
                    + " stays queued");
        };
    }

    private static void send(JavaMailSender sender, String from, OutgoingMail mail) {
        MimeMessage message = mail.identity() == null ? sender.createMimeMessage()
                : new StableIdMessage(sender instanceof JavaMailSenderImpl impl ? impl.getSession()
                        : Session.getInstance(new Properties()), messageId(mail.identity(), from));
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.textBody(), mail.htmlBody());
        } catch (MessagingException e) {
            throw new MailSendException("Cannot build mail to " + mail.to(), e);
        }
        sender.send(message);
    }

    /** The same Message-ID for every sending of the same mail; a hash, so no link secret shows in the header. */
    private static String messageId(String identity, String from) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            String domain = from.substring(from.lastIndexOf('@') + 1).replace(">", "").strip();
            return "<" + HexFormat.of().formatHex(digest, 0, 16) + "@" + domain + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Jakarta Mail writes a fresh Message-ID on every save; this message keeps the one it was given. */
    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
