package id.sp4n.portal.complaint.handling;

import java.time.Instant;

import id.sp4n.portal.complaint.ComplaintStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One item of a complaint's timeline: a public response, an internal note, a citizen's reply or a state change. */
@Entity
@Table(name = "complaint_entry")
class ComplaintEntry {

    enum Kind {
        /** Public follow-up by the agency. */
        RESPONSE,
        /** Internal note: never shown to the citizen or the public. */
        NOTE,
        /** The reporter's reply or added information (shown to the reporter and the agencies). */
        CITIZEN_REPLY,
        STATE_CHANGE,
        /** A hold: the question the reporter is asked (public). Forwards are on the trail, not here. */
        INFO_REQUEST,
        /** The reporter's reason for refusing a response (shown to the reporter and the agencies). */
        REOPEN,
        /** Assignment to an officer (body: the name) or to a unit (see the trail). Internal. */
        ASSIGN,
        /** Archiving, with an optional explanation for the reporter (the reason itself is on the complaint). */
        ARCHIVE,
        /** A breached limit took the complaint to a higher agency's attention (public, on the trail). */
        ESCALATION,
        /** The reporter handed the unresolved complaint to the Ombudsman (public). */
        OMBUDSMAN,
        /** A change of holidays moved its time limits (public, like the due date itself; body: {@link DeadlineShift}). */
        DEADLINE_MOVED;

        /** Whether the reporter sees it; the public sees only the agencies' public entries. */
        boolean forReporter() {
            return this != NOTE && this != ASSIGN && this != STATE_CHANGE;
        }

        boolean forPublic() {
            return this == RESPONSE || this == INFO_REQUEST || this == ARCHIVE || this == ESCALATION
                    || this == OMBUDSMAN || this == DEADLINE_MOVED;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String body;

    @Column(name = "author_account_id")
    private Long authorAccountId;

    @Column(name = "author_name")
    private String authorName;

    @Column(name = "agency_code")
    private String agencyCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private ComplaintStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private ComplaintStatus toStatus;

    private Instant at;

    protected ComplaintEntry() {
    }

    ComplaintEntry(Complaint complaint, Kind kind, String body, Author author, ComplaintStatus from,
                   ComplaintStatus to, Instant at) {
        this.complaint = complaint;
        this.kind = kind;
        this.body = body;
        this.authorAccountId = author.accountId();
        this.authorName = author.name();
        this.agencyCode = author.agencyCode();
        this.fromStatus = from;
        this.toStatus = to;
        this.at = at;
    }

    Long id() {
        return id;
    }

    boolean byReporter() {
        return authorAccountId == null && agencyCode == null;
    }

    Kind kind() {
        return kind;
    }

    String body() {
        return body;
    }

    String authorName() {
        return authorName;
    }

    String agencyCode() {
        return agencyCode;
    }

    ComplaintStatus fromStatus() {
        return fromStatus;
    }

    ComplaintStatus toStatus() {
        return toStatus;
    }

    Instant at() {
        return at;
    }
}
