package id.sp4n.portal.sla;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Days off were added, changed or removed: the time limits of open complaints that count across {@code earliest}
 * or later may have moved. {@code agencyCode} is null for national holidays and collective leave (every agency),
 * otherwise the agency whose subtree the regional holiday applies to.
 */
public record HolidaysChanged(String agencyCode, LocalDate earliest, Instant at) {
}
