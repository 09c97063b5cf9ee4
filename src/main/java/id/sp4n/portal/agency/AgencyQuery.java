package id.sp4n.portal.agency;

import id.sp4n.portal.shared.InvalidRequestException;

/**
 * A page of the agency directory: optional tier, parent and free-text filters. The constructor rejects
 * out-of-range paging so that every caller (API and pages) gets the same rules and messages.
 */
public record AgencyQuery(AgencyTier tier, String parentCode, String text, int page, int size) {

    public static final int MAX_PAGE_SIZE = 200;
    public static final int DEFAULT_PAGE_SIZE = 20;

    public AgencyQuery {
        if (page < 0) {
            throw new InvalidRequestException("api.error.page", page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidRequestException("api.error.size", size, MAX_PAGE_SIZE);
        }
        parentCode = blankToNull(parentCode);
        text = blankToNull(text);
    }

    /** Parses the tier as given in a URL; an unknown value is a bad request that names the allowed ones. */
    public static AgencyTier tierParameter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return AgencyTier.parse(value).orElseThrow(() -> new InvalidRequestException("api.error.tier", value,
                java.util.Arrays.toString(AgencyTier.values())));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
