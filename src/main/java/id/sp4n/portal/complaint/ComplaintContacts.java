package id.sp4n.portal.complaint;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whom to tell about a complaint's progress: its reporter's address, name and language. Events carry no
 * reporter data; the notification module asks here at sending time, so nothing personal sits in the event log.
 */
@Service
@Transactional(readOnly = true)
public class ComplaintContacts {

    private final JdbcClient jdbc;

    ComplaintContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code email} may be null (a reporter reachable by phone only); {@code accountId} null for guests. */
    public record ReporterContact(String trackingNumber, String email, String name, String locale, Long accountId,
                                  boolean confidential) {
    }

    public Optional<ReporterContact> reporterOf(String trackingNumber) {
        return jdbc.sql("""
                        select c.tracking_number, c.reporter_email, c.reporter_name, c.reporter_locale,
                               c.reporter_account_id, c.confidential
                          from complaint c where c.tracking_number = :number""")
                .param("number", trackingNumber)
                .query((rs, row) -> new ReporterContact(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, Long.class), rs.getBoolean(6)))
                .optional();
    }
}
