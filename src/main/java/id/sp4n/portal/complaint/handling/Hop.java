package id.sp4n.portal.complaint.handling;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import id.sp4n.portal.complaint.HopRecord;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One step of a complaint's trail. Written once, never changed. */
@Entity
@Table(name = "complaint_hop")
class Hop {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_hop_seq")
    @jakarta.persistence.SequenceGenerator(name = "complaint_hop_seq", sequenceName = "complaint_hop_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;

    private int seq;

    @Column(name = "from_agency_code")
    private String fromAgencyCode;

    @Column(name = "to_agency_code")
    private String toAgencyCode;

    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind")
    private HopRecord.ActorKind actorKind;

    @Column(name = "actor_account_id")
    private Long actorAccountId;

    private String rule;

    @Column(name = "reason_code")
    private String reasonCode;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "reason_args")
    private String[] reasonArgs;

    protected Hop() {
    }

    Hop(Complaint complaint, int seq, HopRecord record, Instant at) {
        this.complaint = complaint;
        this.seq = seq;
        this.fromAgencyCode = record.fromAgencyCode();
        this.toAgencyCode = record.toAgencyCode();
        this.at = at;
        this.actorKind = record.actorKind();
        this.actorAccountId = record.actorAccountId();
        this.rule = record.rule();
        this.reasonCode = record.reasonCode();
        this.reasonArgs = record.reasonArgs().toArray(String[]::new);
    }

    int seq() {
        return seq;
    }

    String fromAgencyCode() {
        return fromAgencyCode;
    }

    String toAgencyCode() {
        return toAgencyCode;
    }

    Instant at() {
        return at;
    }

    String rule() {
        return rule;
    }

    String reasonCode() {
        return reasonCode;
    }

    List<String> reasonArgs() {
        return Arrays.asList(reasonArgs);
    }

    HopRecord.ActorKind actorKind() {
        return actorKind;
    }
}
