package id.sp4n.portal.complaint.handling;

import id.sp4n.portal.shared.InvalidRequestException;

/** Filters of the public list. Every filter is optional; the text is searched with Indonesian stemming. */
public record PublicComplaintQuery(String text, String provinceCode, String categoryCode, String agencyCode,
                                   int page, int size) {

    public static final int MAX_PAGE_SIZE = 100;

    public PublicComplaintQuery {
        if (page < 0) {
            throw new InvalidRequestException("api.error.page", page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidRequestException("api.error.size", size, MAX_PAGE_SIZE);
        }
        text = blankToNull(text);
        provinceCode = blankToNull(provinceCode);
        categoryCode = blankToNull(categoryCode);
        agencyCode = blankToNull(agencyCode);
        if (text != null && text.length() > 200) {
            text = text.substring(0, 200);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
