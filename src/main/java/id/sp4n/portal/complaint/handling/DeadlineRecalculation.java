package id.sp4n.portal.complaint.handling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.audit.AuditLog;
import id.sp4n.portal.sla.HolidaysChanged;
import id.sp4n.portal.sla.WorkingDayCalendars;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When holidays change, the open complaints whose limits count across the changed days get their limits
 * recomputed, and every limit that moved is put on the complaint's record (so that a due date never changes
 * silently). Safe to redeliver: a second pass finds the limits already right and records nothing.
 * <p>
 * Candidates are the open complaints with a limit on or after the earliest changed day (a day off after a limit
 * cannot move it), held in the changed agency's subtree for a regional holiday. Each is recomputed in its own
 * transaction; one an officer changes meanwhile is tried again, since the officer's own save may have used the
 * calendar from before the change.
 */
@Component
class DeadlineRecalculation {

    private static final Logger log = LoggerFactory.getLogger(DeadlineRecalculation.class);
    private static final int TRIES = 3;

    private final ComplaintRepository complaints;
    private final Deadlines deadlines;
    private final WorkingDayCalendars calendars;
    private final AgencyHierarchy hierarchy;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate eachComplaint;
    private final Clock clock;

    DeadlineRecalculation(ComplaintRepository complaints, Deadlines deadlines, WorkingDayCalendars calendars,
                          AgencyHierarchy hierarchy, AuditLog audit, JdbcClient jdbc,
                          PlatformTransactionManager transactions, Clock clock) {
        this.complaints = complaints;
        this.deadlines = deadlines;
        this.calendars = calendars;
        this.hierarchy = hierarchy;
        this.audit = audit;
        this.jdbc = jdbc;
        this.eachComplaint = new TransactionTemplate(transactions);
        this.eachComplaint.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(HolidaysChanged change) {
        calendars.checkForChanges();
        List<Candidate> candidates = jdbc.sql("""
                        select id, current_agency_code from complaint
                         where status not in ('COMPLETED', 'ARCHIVED') and current_agency_code is not null
                           and greatest(due_on, completion_due_on, auto_complete_on) >= :earliest
                         order by id""")
                .param("earliest", change.earliest())
                .query((rs, row) -> new Candidate(rs.getLong(1), rs.getString(2))).list();
        List<Candidate> concerned = candidates.stream().filter(candidate -> change.agencyCode() == null
                || hierarchy.tree().isWithin(candidate.holder(), change.agencyCode())).toList();
        int moved = 0;
        for (Candidate candidate : concerned) {
            moved += recompute(candidate.id()) ? 1 : 0;
        }
        log.info("Holidays changed from {} ({}): {} open complaints checked, {} had a limit moved",
                change.earliest(), change.agencyCode() == null ? "national" : change.agencyCode(), concerned.size(),
                moved);
    }

    private record Candidate(long id, String holder) {
    }

    private boolean recompute(long id) {
        for (int attempt = 1; ; attempt++) {
            try {
                return Boolean.TRUE.equals(eachComplaint.execute(status -> recomputeNow(id, clock.instant())));
            } catch (ObjectOptimisticLockingFailureException busy) {
                if (attempt == TRIES) {
                    throw busy;
                }
            }
        }
    }

    private boolean recomputeNow(long id, Instant now) {
        Complaint complaint = complaints.findById(id).orElseThrow();
        LocalDate dueBefore = complaint.dueOn();
        LocalDate completionBefore = complaint.completionDueOn();
        deadlines.refresh(complaint);
        if (!complaint.recordMovedLimits(dueBefore, completionBefore, now)) {
            return false;
        }
        complaints.flush();
        audit.record(AuditLog.Actor.system(), "DEADLINE_MOVED", "complaint", complaint.trackingNumber(),
                Map.of("due", String.valueOf(dueBefore), "completion", String.valueOf(completionBefore)),
                Map.of("due", String.valueOf(complaint.dueOn()), "completion",
                        String.valueOf(complaint.completionDueOn())));
        return true;
    }
}
