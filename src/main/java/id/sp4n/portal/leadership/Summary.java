package id.sp4n.portal.leadership;

import java.time.Instant;
import java.time.YearMonth;

/** One month's summary of an agency, issued to its head; {@code acknowledgedAt} null until they acknowledged it. */
public record Summary(long id, String agencyCode, YearMonth month, long headAccountId, Instant issuedAt,
                      Instant acknowledgedAt) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
