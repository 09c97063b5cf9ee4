package id.sp4n.portal.complaint.handling;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.sp4n.portal.agency.HeldComplaints;
import id.sp4n.portal.complaint.ComplaintFacts;
import id.sp4n.portal.complaint.ComplaintHandedOver;
import id.sp4n.portal.complaint.HopRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands the unfinished complaints of agencies being deactivated to their successor, each as a hop (actor: the
 * administrator; reason readable by the citizen), with its limits recomputed at the new holder. Runs in the
 * administrator's transaction, so the agencies never become inactive with complaints still on them; publishes a
 * {@link ComplaintHandedOver} for each.
 */
@Component
class ComplaintHandover implements HeldComplaints {

    private static final String UNFINISHED = "c.status not in ('COMPLETED', 'ARCHIVED')";

    private final JdbcClient jdbc;
    private final ComplaintRepository complaints;
    private final Deadlines deadlines;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ComplaintHandover(JdbcClient jdbc, ComplaintRepository complaints, Deadlines deadlines,
                      ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.complaints = complaints;
        this.deadlines = deadlines;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public long unfinishedAt(Collection<String> agencyCodes) {
        return jdbc.sql("select count(*) from complaint c where c.current_agency_code = any(:codes) and " + UNFINISHED)
                .param("codes", agencyCodes.toArray(String[]::new)).query(Long.class).single();
    }

    @Override
    public Map<String, Long> unfinishedByAgency() {
        // inbox_count is kept exact by a trigger: a few thousand rows instead of counting every complaint.
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("""
                        select agency_code, sum(complaints) from inbox_count
                         where status not in ('COMPLETED', 'ARCHIVED') group by agency_code having sum(complaints) > 0""")
                .query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    @Override
    public void holdArrivals() {
        // Self-exclusive and in conflict with every insert and update of complaints, not with reading them.
        jdbc.sql("lock table complaint in share row exclusive mode").update();
    }

    @Override
    public int handOver(Collection<String> agencyCodes, String successorCode, long actorAccountId, String reason) {
        List<Long> ids = jdbc.sql("select c.id from complaint c where c.current_agency_code = any(:codes) and "
                        + UNFINISHED + " order by c.id")
                .param("codes", agencyCodes.toArray(String[]::new)).query(Long.class).list();
        Instant now = clock.instant();
        for (Long id : ids) {
            Complaint complaint = complaints.findById(id).orElseThrow();
            String from = complaint.currentAgencyCode();
            complaint.forwardAlong(List.of(new HopRecord(from, successorCode, HopRecord.ActorKind.STAFF,
                    actorAccountId, "SUCCESSOR", "route.hop.successor",
                    List.of("agency:" + from, "agency:" + successorCode, reason))), now);
            deadlines.refresh(complaint);
            events.publishEvent(new ComplaintHandedOver(complaint.facts(deadlines, now), from, reason, now));
        }
        complaints.flush();
        return ids.size();
    }
}
