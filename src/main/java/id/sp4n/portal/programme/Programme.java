package id.sp4n.portal.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A national priority programme: its complaints are those filed from {@code startsOn} to {@code endsOn} (null: still
 * running) of one of {@code categoryCodes} or naming one of {@code keywords}, and — with {@code ownDoor} — those
 * filed through its page.
 */
public record Programme(String code, String name, String nameEn, String summary, List<String> categoryCodes,
                        List<String> keywords, LocalDate startsOn, LocalDate endsOn, boolean ownDoor, long version,
                        Instant updatedAt) {

    public Programme {
        categoryCodes = List.copyOf(categoryCodes);
        keywords = List.copyOf(keywords);
    }

    /** The statistics tag of its complaints. */
    public String tag() {
        return "programme:" + code;
    }

    public boolean runsOn(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }

    public String displayName(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }
}
