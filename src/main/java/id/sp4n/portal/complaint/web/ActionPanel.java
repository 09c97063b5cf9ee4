package id.sp4n.portal.complaint.web;

import java.util.List;

import id.sp4n.portal.complaint.ComplaintStatus;
import id.sp4n.portal.complaint.handling.CaseView;

/**
 * The officer's actions in the order the case page offers them: the sensible next step first (open), the others
 * folded below it. Only what the complaint's state allows, and assignment only when there is someone to assign to.
 * Names are the fragments of {@code complaint/case-actions}.
 */
final class ActionPanel {

    private ActionPanel() {
    }

    static List<String> of(CaseView view, boolean anyoneToAssign) {
        return order(view.complaint().status()).stream()
                .filter(view::allows)
                .filter(action -> !"ASSIGN".equals(action) || anyoneToAssign)
                .toList();
    }

    /** New: verify it. Being worked: respond. Waiting for the reporter or for their judgement: note what is known. */
    private static List<String> order(ComplaintStatus status) {
        return switch (status) {
            case SUBMITTED -> List.of("VERIFY", "HOLD", "FORWARD", "ARCHIVE", "ASSIGN", "NOTE");
            case VERIFIED, IN_PROGRESS -> List.of("RESPOND", "ASSIGN", "HOLD", "FORWARD", "ARCHIVE", "NOTE");
            case ON_HOLD -> List.of("NOTE", "ASSIGN", "ARCHIVE");
            case RESPONDED, COMPLETED, ARCHIVED -> List.of("NOTE", "ASSIGN");
        };
    }
}
