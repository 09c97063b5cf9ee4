package id.sp4n.portal.routing;

import java.time.LocalDate;

/**
 * An administrator's override of the default authority: complaints of {@code categoryCode} located in
 * {@code regionCode} (a province, or a regency/city, which is more specific) go to {@code agencyCode} from
 * {@code effectiveFrom} on.
 */
public record ResponsibilityRule(long id, String categoryCode, String regionCode, String agencyCode,
                                 LocalDate effectiveFrom) {

    /** Whether the rule applies to a complaint located in this province and regency on this day. */
    boolean appliesTo(String category, String provinceCode, String regencyCode, LocalDate day) {
        return categoryCode.equals(category) && !effectiveFrom.isAfter(day)
                && (regionCode.equals(regencyCode) || regionCode.equals(provinceCode));
    }

    /** A regency rule is more specific than a province rule; among equals, the most recent start wins. */
    boolean beats(ResponsibilityRule other) {
        int specificity = Integer.compare(regionCode.length(), other.regionCode.length());
        return specificity != 0 ? specificity > 0 : effectiveFrom.isAfter(other.effectiveFrom);
    }
}
