package id.sp4n.portal.complaint.handling;

import java.time.Instant;

/**
 * Someone else changed the complaint after the officer loaded it (optimistic locking); nothing was changed.
 * Carries who made the latest change and when, so the page can say so and offer a reload.
 */
public class ConcurrentChange extends RuntimeException {

    private final String trackingNumber;
    private final String changedBy;
    private final Instant changedAt;

    public ConcurrentChange(String trackingNumber, String changedBy, Instant changedAt) {
        super("Complaint " + trackingNumber + " was changed by " + changedBy + " at " + changedAt);
        this.trackingNumber = trackingNumber;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
