package id.sp4n.portal.policy;

import java.time.Instant;
import java.util.List;

/** Complaints were cited by a policy follow-up: their reporters are told (the notification module listens). */
public record PolicyFollowUpLinked(long followUpId, String title, String agencyCode, List<String> trackingNumbers,
                                   Instant at) {
}
