package id.sp4n.portal.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A complaint, aspiration or information request and the trail of agencies it passed. It owns its state
 * rules: every change goes through a method here that checks the rule, changes the state and registers a
 * past-tense event (published with the save, into the event publication registry).
 */
@Entity
@Table(name = "complaint")
@org.hibernate.annotations.DynamicUpdate
class Complaint extends AbstractAggregateRoot<Complaint> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tracking_number")
    private String trackingNumber;

    @Column(name = "access_key_hash")
    private String accessKeyHash;

    @Enumerated(EnumType.STRING)
    private ReportType type;

    @Enumerated(EnumType.STRING)
    private ComplaintStatus status;

    private String title;

    private String description;

    @Column(name = "incident_date")
    private LocalDate incidentDate;

    @Column(name = "province_code")
    private String provinceCode;

    @Column(name = "regency_code")
    private String regencyCode;

    @Column(name = "district_code")
    private String districtCode;

    private String address;

    @Column(name = "category_code")
    private String categoryCode;

    @Column(name = "requested_agency_code")
    private String requestedAgencyCode;

    @Column(name = "door_agency_code")
    private String doorAgencyCode;

    @Column(name = "current_agency_code")
    private String currentAgencyCode;

    private boolean anonymous;

    private boolean confidential;

    @Embedded
    private Reporter reporter;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "routed_at")
    private Instant routedAt;

    private boolean misconduct;

    @Version
    private long version;

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL)
    @OrderBy("seq")
    private List<Hop> hops = new ArrayList<>();

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL)
    @OrderBy("at, id")
    private List<ComplaintEntry> entries = new ArrayList<>();

    protected Complaint() {
    }

    /**
     * Verification by the agency holding the complaint: the classification it settles on, the misconduct flag, a
     * corrected title, and privacy, which staff may tighten but never loosen. Moves SUBMITTED → VERIFIED.
     */
    void verify(Verification verification, Staff by, Instant now) {
        if (verification.loosensPrivacy(anonymous, confidential)) {
            throw new CaseworkRefusal("casework.refused.privacyLoosened");
        }
        type = verification.type();
        categoryCode = verification.categoryCode();
        misconduct = verification.misconduct();
        anonymous = verification.anonymous();
        confidential = verification.confidential();
        if (verification.title() != null && !verification.title().isBlank()) {
            title = verification.title().strip();
        }
        moveTo(ComplaintStatus.VERIFIED, by, now);
    }

    /** The authorised agency takes the complaint up (after verification, or a citizen's reply to a response). */
    void startWork(Staff by, Instant now) {
        moveTo(ComplaintStatus.IN_PROGRESS, by, now);
    }

    /** Hands the complaint on along a route of hops (from where it is now), recording each on the trail. */
    void forwardAlong(List<HopRecord> route, Instant now) {
        String holder = currentAgencyCode;
        int seq = hops.size();
        for (HopRecord record : route) {
            if (!record.fromAgencyCode().equals(holder)) {
                throw new IllegalArgumentException("Hop from " + record.fromAgencyCode() + " but complaint is at "
                        + holder);
            }
            hops.add(new Hop(this, ++seq, record, now));
            holder = record.toAgencyCode();
        }
        currentAgencyCode = holder;
    }

    /** A public follow-up: IN_PROGRESS → RESPONDED. */
    void respond(String text, Staff by, Instant now) {
        ComplaintStatus from = status;
        moveTo(ComplaintStatus.RESPONDED, by, now);
        entries.add(new ComplaintEntry(this, ComplaintEntry.Kind.RESPONSE, text, by, from, status, now));
    }

    /** An internal note, in any state but archived; never shown outside the agencies. */
    void addNote(String text, Staff by, Instant now) {
        if (status == ComplaintStatus.ARCHIVED) {
            throw new CaseworkRefusal("casework.refused.archived");
        }
        entries.add(new ComplaintEntry(this, ComplaintEntry.Kind.NOTE, text, by, null, null, now));
    }

    private void moveTo(ComplaintStatus target, Staff by, Instant now) {
        if (!status.canMoveTo(target)) {
            throw new CaseworkRefusal("casework.refused.state",
                    new DefaultMessageSourceResolvable("status." + status.name()),
                    new DefaultMessageSourceResolvable("status." + target.name()));
        }
        entries.add(new ComplaintEntry(this, ComplaintEntry.Kind.STATE_CHANGE, null, by, status, target, now));
        status = target;
    }

    boolean misconduct() {
        return misconduct;
    }

    long version() {
        return version;
    }

    List<ComplaintEntry> entries() {
        return Collections.unmodifiableList(entries);
    }

    Long id() {
        return id;
    }

    String trackingNumber() {
        return trackingNumber;
    }

    String accessKeyHash() {
        return accessKeyHash;
    }

    ReportType type() {
        return type;
    }

    ComplaintStatus status() {
        return status;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    LocalDate incidentDate() {
        return incidentDate;
    }

    String provinceCode() {
        return provinceCode;
    }

    String regencyCode() {
        return regencyCode;
    }

    String districtCode() {
        return districtCode;
    }

    String address() {
        return address;
    }

    String categoryCode() {
        return categoryCode;
    }

    String requestedAgencyCode() {
        return requestedAgencyCode;
    }

    String doorAgencyCode() {
        return doorAgencyCode;
    }

    String currentAgencyCode() {
        return currentAgencyCode;
    }

    boolean anonymous() {
        return anonymous;
    }

    boolean confidential() {
        return confidential;
    }

    Reporter reporter() {
        return reporter;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    List<Hop> hops() {
        return Collections.unmodifiableList(hops);
    }
}
