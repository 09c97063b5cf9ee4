package id.sp4n.portal.competition;

import java.math.BigDecimal;
import java.time.Instant;

import id.sp4n.portal.evaluation.BodyClass;

/** An agency's entry in a round; {@code finalScore} and {@code rank} once the round is published. */
public record Entry(long id, long roundId, String agencyCode, BodyClass bodyClass, Instant registeredAt,
                    Instant submittedAt, BigDecimal finalScore, Integer rank) {

    public boolean submitted() {
        return submittedAt != null;
    }
}
