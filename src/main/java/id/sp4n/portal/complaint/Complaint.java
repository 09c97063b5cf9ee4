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

    @Version
    private long version;

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL)
    @OrderBy("seq")
    private List<Hop> hops = new ArrayList<>();

    protected Complaint() {
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
