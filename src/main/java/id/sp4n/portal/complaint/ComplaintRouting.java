package id.sp4n.portal.complaint;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.sp4n.portal.complaint.handling.Deadlines;
import id.sp4n.portal.shared.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What routing may do to a complaint: place it along a route of hops.
 * <p>
 * This runs once for every submission, so it is written in SQL: one guarded UPDATE and one batch of hop
 * rows. Loading the aggregate, dirty-checking and flushing it through Hibernate cost three times the CPU and
 * kept routing behind the intake form under load (docs/benchmarks.md).
 */
@Service
public class ComplaintRouting {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ApplicationEventPublisher events;
    private final Deadlines deadlines;
    private final Clock clock;

    ComplaintRouting(JdbcClient jdbc, JdbcTemplate batch, ApplicationEventPublisher events, Deadlines deadlines,
                     Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.events = events;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /**
     * Records the route from the door and hands the complaint to the route's last agency. Returns false (and
     * changes nothing) when the complaint was routed before, so a redelivered event is harmless.
     */
    @Transactional
    public boolean placeAlong(String trackingNumber, List<HopRecord> route) {
        String[] filed = jdbc.sql("select door_agency_code, type from complaint where tracking_number = :number")
                .param("number", trackingNumber).query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)})
                .optional()
                .orElseThrow(() -> new RecordNotFoundException("complaint.notFound", trackingNumber));
        String door = filed[0];
        String holder = holderAfter(door, route);
        Instant now = clock.instant();
        Deadlines.OnArrival limits = deadlines.onArrival(holder, ReportType.valueOf(filed[1]), now);
        // Not routed yet means no hops yet, so the route's hops are numbered from 1.
        Optional<Long> id = jdbc.sql("""
                        update complaint set current_agency_code = :holder, routed_at = :now, due_on = :due,
                                             completion_due_on = :completion, version = version + 1
                        where tracking_number = :number and routed_at is null
                        returning id""")
                .param("holder", holder).param("now", Timestamp.from(now)).param("number", trackingNumber)
                .param("due", limits.verification()).param("completion", limits.completion())
                .query(Long.class).optional();
        if (id.isEmpty()) {
            return false;
        }
        batch.batchUpdate("""
                        insert into complaint_hop (complaint_id, seq, from_agency_code, to_agency_code, at, actor_kind,
                                                   actor_account_id, rule, reason_code, reason_args)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement statement, int index) throws SQLException {
                bindHop(statement, id.get(), index + 1, route.get(index), now);
            }

            @Override
            public int getBatchSize() {
                return route.size();
            }
        });
        events.publishEvent(new ComplaintRouted(trackingNumber, door, holder, route.size(), now,
                new RunningLimit(limits.arrivedOn(), limits.verification())));
        return true;
    }

    /** Where the complaint is after the route, refusing a route that does not start where it is. */
    private static String holderAfter(String door, List<HopRecord> route) {
        String holder = door;
        for (HopRecord hop : route) {
            if (!hop.fromAgencyCode().equals(holder)) {
                throw new IllegalArgumentException("Hop from " + hop.fromAgencyCode() + " but complaint is at " + holder);
            }
            holder = hop.toAgencyCode();
        }
        return holder;
    }

    private static void bindHop(PreparedStatement statement, long complaintId, int seq, HopRecord hop, Instant at)
            throws SQLException {
        statement.setLong(1, complaintId);
        statement.setInt(2, seq);
        statement.setString(3, hop.fromAgencyCode());
        statement.setString(4, hop.toAgencyCode());
        statement.setTimestamp(5, Timestamp.from(at));
        statement.setString(6, hop.actorKind().name());
        statement.setObject(7, hop.actorAccountId());
        statement.setString(8, hop.rule());
        statement.setString(9, hop.reasonCode());
        statement.setArray(10, statement.getConnection().createArrayOf("text", hop.reasonArgs().toArray()));
    }
}
