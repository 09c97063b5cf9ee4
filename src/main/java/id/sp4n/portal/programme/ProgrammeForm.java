package id.sp4n.portal.programme;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A programme as typed into the form, every field a string (categories and keywords one per line or separated by
 * commas or semicolons), so that a refused form comes back as typed.
 */
public record ProgrammeForm(String code, String name, String nameEn, String summary, String categoryCodes,
                            String keywords, String startsOn, String endsOn, String ownDoor) {

    public static ProgrammeForm of(Programme kept) {
        return new ProgrammeForm(kept.code(), kept.name(), kept.nameEn(), kept.summary(),
                String.join("\n", kept.categoryCodes()), String.join("\n", kept.keywords()),
                kept.startsOn().toString(), kept.endsOn() == null ? "" : kept.endsOn().toString(),
                String.valueOf(kept.ownDoor()));
    }

    Map<String, Object> audited() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", code);
        fields.put("name", name);
        fields.put("nameEn", nameEn);
        fields.put("summary", summary);
        fields.put("categories", categoryCodes);
        fields.put("keywords", keywords);
        fields.put("startsOn", startsOn);
        fields.put("endsOn", endsOn);
        fields.put("ownDoor", ownDoor);
        return fields;
    }
}
