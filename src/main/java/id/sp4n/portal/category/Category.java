package id.sp4n.portal.category;

import java.util.List;
import java.util.Locale;

/**
 * A complaint category. {@code tier} and {@code handler} are both null for {@link #UNKNOWN_CODE}, the
 * "not sure" category that routing leaves to a verification desk.
 */
public record Category(String code, String name, String nameEn, AuthorityTier tier, String handler,
                       boolean nationalPriority, List<String> keywords) {

    public static final String UNKNOWN_CODE = "LAINNYA";

    public boolean hasDefaultAuthority() {
        return tier != null;
    }

    /** The name in the reader's language (Indonesian unless English is asked for). */
    public String displayName(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : name;
    }
}
