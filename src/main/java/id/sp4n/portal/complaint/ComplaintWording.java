package id.sp4n.portal.complaint;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a complaint's title or description names any of some words, for modules that classify complaints by
 * their wording (national priority programmes). Only the answer leaves the module, never the text.
 */
@Service
@Transactional(readOnly = true)
public class ComplaintWording {

    private final JdbcClient jdbc;

    ComplaintWording(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Whether the title or description holds one of {@code keywords} as whole words, ignoring case. Keywords are
     * letters, digits, spaces and hyphens (checked where they are kept); anything else never matches.
     */
    public boolean namesAny(String trackingNumber, Collection<String> keywords) {
        String pattern = pattern(keywords);
        if (pattern == null) {
            return false;
        }
        return jdbc.sql("""
                        select exists (select 1 from complaint where tracking_number = :number
                                          and (title || ' ' || description) ~* :pattern)""")
                .param("number", trackingNumber).param("pattern", pattern)
                .query(Boolean.class).single();
    }

    /**
     * Every complaint filed in [{@code from}, {@code until}) whose category, as it stands now, is one of
     * {@code categoryCodes} or whose title or description names one of {@code keywords}: for classifying complaints
     * filed before a classification existed.
     */
    public List<String> matching(Collection<String> categoryCodes, Collection<String> keywords, Instant from,
                                 Instant until) {
        String pattern = pattern(keywords);
        return jdbc.sql("""
                        select tracking_number from complaint
                         where submitted_at >= :from and submitted_at < :until
                           and (category_code = any(:categories)
                                or (cast(:pattern as text) is not null and (title || ' ' || description) ~* :pattern))
                         order by submitted_at""")
                .param("from", Timestamp.from(from)).param("until", Timestamp.from(until))
                .param("categories", categoryCodes.toArray(String[]::new)).param("pattern", pattern)
                .query(String.class).list();
    }

    /** Whole words, any of them; null when none is a keyword (letters, digits, spaces, hyphens). */
    private static String pattern(Collection<String> keywords) {
        String alternatives = String.join("|", keywords.stream()
                .filter(word -> word.matches("[\\p{L}\\p{N} -]+")).map(String::strip).toList());
        return alternatives.isEmpty() ? null : "\\m(" + alternatives + ")\\M";
    }
}
