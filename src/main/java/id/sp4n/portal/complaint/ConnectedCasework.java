package id.sp4n.portal.complaint;

import java.util.List;
import java.util.Locale;

import id.sp4n.portal.complaint.handling.ArchiveReason;
import id.sp4n.portal.complaint.handling.CaseView;
import id.sp4n.portal.complaint.handling.Casework;
import id.sp4n.portal.complaint.handling.ConcurrentChange;
import id.sp4n.portal.complaint.handling.Staff;
import id.sp4n.portal.complaint.handling.Verification;
import id.sp4n.portal.shared.FormInput;
import id.sp4n.portal.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;

/**
 * What a connected regional system may do to a complaint its agency's subtree holds, through the officers' own
 * casework (the same rules, version check, audit and events): verify and take it up, respond, put it on hold with a
 * question, forward it as not its authority, archive it. The system acts with its own account and the reach of an
 * agency admin of its agency.
 */
@Service
public class ConnectedCasework {

    /** The system acting: its account (the author shown on the timeline), its name and its agency. */
    public record Actor(long accountId, String name, String agencyCode) {
    }

    public enum Action {
        /** Verified as filed, and taken up (in progress). */
        VERIFY,
        RESPOND,
        HOLD,
        FORWARD,
        ARCHIVE
    }

    /**
     * One change as the system sent it. {@code version}: the complaint's version the system last saw; {@code text}:
     * the response, question, forwarding reason or archive note; {@code targetAgencyCode} for a forward;
     * {@code archiveReason} and {@code originalNumber} (a duplicate's original) for an archive.
     */
    public record Change(Action action, long version, String text, String targetAgencyCode, String archiveReason,
                         String originalNumber) {
    }

    /** The complaint changed after the version the system sent: nothing was applied. */
    public static class ChangedMeanwhile extends RuntimeException {

        public ChangedMeanwhile(String trackingNumber) {
            super("Complaint " + trackingNumber + " changed after the version sent");
        }
    }

    private final Casework casework;

    ConnectedCasework(Casework casework) {
        this.casework = casework;
    }

    public void apply(Actor actor, String trackingNumber, Change change) {
        Staff staff = new Staff(actor.accountId(), actor.name(), actor.agencyCode(), Staff.Scope.SUBTREE);
        TrackingNumber number = TrackingNumber.parse(trackingNumber)
                .orElseThrow(() -> new RecordNotFoundException("complaint.notFound", trackingNumber));
        try {
            switch (change.action()) {
                case VERIFY -> {
                    CaseView view = casework.find(staff, number);
                    casework.verify(staff, number, change.version(), new Verification(view.complaint().type(),
                            view.complaint().categoryCode(), view.misconduct(), view.complaint().anonymous(),
                            view.complaint().confidential(), null));
                }
                case RESPOND -> casework.respond(staff, number, change.version(), change.text(), List.of());
                case HOLD -> casework.hold(staff, number, change.version(), change.text());
                case FORWARD -> casework.forward(staff, number, change.version(), change.targetAgencyCode(),
                        change.text());
                case ARCHIVE -> casework.archive(staff, number, change.version(),
                        FormInput.choice(ArchiveReason.class, change.archiveReason() == null ? ""
                                : change.archiveReason().toUpperCase(Locale.ROOT), "casework.archive.reasonRequired"),
                        change.originalNumber(), change.text());
            }
        } catch (ConcurrentChange changed) {
            throw new ChangedMeanwhile(trackingNumber);
        }
    }
}
