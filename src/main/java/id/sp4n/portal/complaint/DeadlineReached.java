package id.sp4n.portal.complaint;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A time limit acted by itself: the holder was warned one working day before its limit, the complaint was
 * escalated to {@code escalatedToCode} (level 1 = the holder's parent), or an unanswered response completed the
 * complaint. Published in the same transaction as the change, with the complaint's facts after it; carries no
 * reporter data. {@code workingDaysLeft}: until {@code dueOn} in the holder's calendar when it happened (a warning
 * comes with 1 or 0 — "the next working day" or "today").
 */
public record DeadlineReached(String trackingNumber, Kind kind, String holderCode, String escalatedToCode,
                              int escalationLevel, LocalDate dueOn, Instant at, ComplaintFacts complaint,
                              int workingDaysLeft) {

    public enum Kind {
        WARNING, ESCALATION, AUTO_COMPLETION
    }
}
