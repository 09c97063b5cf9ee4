package id.sp4n.portal.policy;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of the register: the problem ({@code categoryCode} about {@code regionCode}, null for the whole country),
 * its root cause, the action of {@code agencyCode}, who answers for it ({@code owner}: a unit or position), where it
 * stands, and — once done — the day it took effect ({@code doneOn}). {@code linked}: how many complaints it cites.
 */
public record FollowUp(long id, String agencyCode, String title, String categoryCode, String regionCode,
                       String rootCause, ActionKind actionKind, String action, String owner, FollowUpStatus status,
                       LocalDate plannedOn, LocalDate doneOn, Instant openedAt, Instant updatedAt, long version,
                       int linked) {
}
