package id.sp4n.portal.leadership;

import java.time.Instant;
import java.time.YearMonth;

/** A head was sent the summary of a month: the notification module tells them (centre and mail). */
public record LeadershipSummaryIssued(long summaryId, long headAccountId, String agencyCode, YearMonth month,
                                      Instant at) {
}
