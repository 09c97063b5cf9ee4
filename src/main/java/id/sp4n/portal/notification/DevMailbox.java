package id.sp4n.portal.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Keeps mail in a table instead of sending it, for local runs without SMTP; listed at {@code /dev/mail}. */
public class DevMailbox {

    /** The switch: {@code portal.notification.dev-mailbox=true} (off unless set). */
    public static final String ENABLED = "portal.notification.dev-mailbox";

    private final JdbcClient jdbc;

    DevMailbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void deliver(OutgoingMail mail) {
        jdbc.sql("insert into dev_mail (recipient, subject, text_body, html_body) values (?, ?, ?, ?)")
                .params(mail.to(), mail.subject(), mail.textBody(), mail.htmlBody()).update();
    }

    public List<StoredMail> latest(int limit) {
        return jdbc.sql("select id, recipient, subject, text_body, sent_at from dev_mail order by id desc limit ?")
                .param(limit)
                .query((rs, row) -> new StoredMail(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                        rs.getString("text_body"), rs.getTimestamp("sent_at").toInstant()))
                .list();
    }

    public record StoredMail(long id, String recipient, String subject, String textBody, Instant sentAt) {
    }
}
