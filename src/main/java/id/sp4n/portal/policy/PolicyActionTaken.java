package id.sp4n.portal.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A follow-up's action was done: the reporters of the complaints it cites are told. */
public record PolicyActionTaken(long followUpId, String title, String agencyCode, List<String> trackingNumbers,
                                LocalDate doneOn, Instant at) {
}
