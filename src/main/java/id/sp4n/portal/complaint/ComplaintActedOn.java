package id.sp4n.portal.complaint;

import java.time.Instant;

import id.sp4n.portal.complaint.handling.Staff;

/**
 * A staff member acted on a complaint. Published in the action's transaction (event publication registry), for
 * notifications, statistics and connected systems: the action, the complaint after it ({@code complaint}), where
 * it was and in which state before, and the actor's scope (officer, agency admin, national desk) — not who.
 */
public record ComplaintActedOn(CaseAction action, ComplaintFacts complaint, String agencyBefore,
                               ComplaintStatus statusBefore, Staff.Scope actorScope, Instant at) {

    public String trackingNumber() {
        return complaint.trackingNumber();
    }

    /** The agency holding the complaint after the action. */
    public String agencyCode() {
        return complaint.agencyCode();
    }

    /** Whether the action moved the complaint to another agency. */
    public boolean moved() {
        return !java.util.Objects.equals(agencyBefore, complaint.agencyCode());
    }
}
