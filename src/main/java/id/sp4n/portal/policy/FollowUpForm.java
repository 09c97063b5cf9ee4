package id.sp4n.portal.policy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An entry as typed into the form, every field a string, so that a refused form comes back exactly as typed. The
 * register checks it as a whole before anything is kept.
 */
public record FollowUpForm(String agencyCode, String title, String categoryCode, String regionCode, String rootCause,
                           String actionKind, String action, String owner, String status, String plannedOn,
                           String doneOn) {

    /** The form of an entry kept, for editing it. */
    public static FollowUpForm of(FollowUp kept) {
        return new FollowUpForm(kept.agencyCode(), kept.title(), kept.categoryCode(),
                kept.regionCode() == null ? "" : kept.regionCode(), kept.rootCause(), kept.actionKind().name(),
                kept.action(), kept.owner(), kept.status().name(), kept.plannedOn().toString(),
                kept.doneOn() == null ? "" : kept.doneOn().toString());
    }

    /** What the audit log keeps of it. */
    Map<String, Object> audited() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("agency", agencyCode);
        fields.put("title", title);
        fields.put("category", categoryCode);
        fields.put("region", regionCode);
        fields.put("rootCause", rootCause);
        fields.put("actionKind", actionKind);
        fields.put("action", action);
        fields.put("owner", owner);
        fields.put("status", status);
        fields.put("plannedOn", plannedOn);
        fields.put("doneOn", doneOn);
        return fields;
    }
}
