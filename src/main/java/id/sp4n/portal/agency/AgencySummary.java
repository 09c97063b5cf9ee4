package id.sp4n.portal.agency;

/**
 * What other modules and the open-data API know of an agency. {@code kind} is the central body's kind,
 * the government's kind, or for a unit its unit kind ({@code DISDIK}); {@code regionCode} is null for central bodies.
 */
public record AgencySummary(String code, String name, String kind, AgencyTier tier, String parentCode,
                            String regionCode) {
}
