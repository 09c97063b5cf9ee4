package id.sp4n.portal.complaint.handling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.agency.AgencyNode;
import id.sp4n.portal.audit.AuditLog;
import id.sp4n.portal.complaint.ComplaintFacts;
import id.sp4n.portal.complaint.ComplaintStatus;
import id.sp4n.portal.complaint.DeadlineReached;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the time limits enforce themselves. Every minute one instance (ShedLock) looks for complaints whose
 * holder's limit is one working day away (warn the holder, once per limit), has passed (escalate to the parent
 * agency, publicly; if nobody acts within {@value #ESCALATION_DAYS} working days, one level higher, up to the
 * national desk), or whose response went unanswered for 10 working days (complete it).
 * <p>
 * Each complaint is handled in its own transaction and re-checked after loading; the version makes a second
 * instance's concurrent attempt fail instead of doubling, and the stored warning date and escalation level
 * make a repeated sweep do nothing. Events go to the event publication registry with the change.
 */
@Component
public class DeadlineWatch {

    /** Working days the escalated-to agency has before the complaint climbs one level higher. */
    static final int ESCALATION_DAYS = 3;
    /** Complaints handled per sweep, so that a backlog never holds the lock for long. */
    static final int BATCH = 500;

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);
    private static final AuditLog.Actor SYSTEM = AuditLog.Actor.system();

    private final ComplaintRepository complaints;
    private final Deadlines deadlines;
    private final AgencyHierarchy hierarchy;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DeadlineWatch(ComplaintRepository complaints, Deadlines deadlines, AgencyHierarchy hierarchy, AuditLog audit,
                  ApplicationEventPublisher events, JdbcClient jdbc, PlatformTransactionManager transactions,
                  Clock clock) {
        this.complaints = complaints;
        this.deadlines = deadlines;
        this.hierarchy = hierarchy;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${portal.deadlines.sweep-interval:PT1M}",
            initialDelayString = "${portal.deadlines.sweep-initial-delay:PT30S}")
    @SchedulerLock(name = "deadline-sweep", lockAtMostFor = "PT10M")
    public void sweepOnSchedule() {
        int handled = sweep();
        if (handled > 0) {
            log.info("Deadline sweep: {} complaints warned, escalated or completed", handled);
        }
    }

    /** One pass over the complaints that may need something; returns how many were changed. */
    public int sweep() {
        Instant now = clock.instant();
        // Candidates by date in the zone where the day starts first (WIT); each is checked in its own calendar.
        // Only what can be acted on now is a candidate (a limit due by the next working day, a breach not yet
        // escalated, an escalation window passed), so a pass never keeps picking up complaints it leaves alone.
        LocalDate latestToday = now.atZone(ZoneOffset.ofHours(9)).toLocalDate();
        LocalDate horizon = deadlines.nextWorkingDay(hierarchy.tree().root().code(), latestToday);
        List<Long> candidates = jdbc.sql("""
                        select id from complaint
                         where (status in ('SUBMITTED', 'VERIFIED', 'IN_PROGRESS')
                                and ((due_on <= :horizon and warned_due_on is distinct from due_on)
                                     or (due_on < :today and escalation_level = 0)
                                     or escalate_again_on < :today))
                            or (status = 'RESPONDED' and auto_complete_on < :today)
                         order by id limit :batch""")
                .param("horizon", horizon).param("today", latestToday).param("batch", BATCH)
                .query(Long.class).list();
        int changed = 0;
        for (Long id : candidates) {
            try {
                if (Boolean.TRUE.equals(transaction.execute(status -> check(id, now)))) {
                    changed++;
                }
            } catch (ObjectOptimisticLockingFailureException busy) {
                // Someone acted on it (or another instance handled it) meanwhile; the next sweep looks again.
                log.debug("Complaint {} changed during the deadline sweep", id);
            }
        }
        return changed;
    }

    private boolean check(long id, Instant now) {
        Complaint complaint = complaints.findById(id).orElseThrow();
        String holder = complaint.currentAgencyCode();
        LocalDate today = deadlines.today(holder, now);
        LocalDate due = complaint.dueOn();
        ComplaintStatus status = complaint.status();
        boolean owed = status == ComplaintStatus.SUBMITTED || status == ComplaintStatus.VERIFIED
                || status == ComplaintStatus.IN_PROGRESS;
        if (owed && due != null && today.isAfter(due)) {
            // Past the limit there is nothing left to warn about; the escalation says it all.
            complaint.warned(due);
            return escalate(complaint, today, now);
        }
        if (owed && due != null && !due.equals(complaint.warnedDueOn())
                && deadlines.workingDaysLeft(holder, due, now) <= 1) {
            complaint.warned(due);
            finish(complaint, DeadlineReached.Kind.WARNING, null, now, Map.of("due", due.toString()));
            return true;
        }
        if (status == ComplaintStatus.RESPONDED && complaint.autoCompleteOn() != null
                && today.isAfter(complaint.autoCompleteOn())) {
            complaint.completeWithoutReply(now);
            deadlines.refresh(complaint);
            finish(complaint, DeadlineReached.Kind.AUTO_COMPLETION, null, now, Map.of("status", "COMPLETED"));
            return true;
        }
        return false;
    }

    /** First breach: to the parent; then one level higher each time the window passes; the root is the last. */
    private boolean escalate(Complaint complaint, LocalDate today, Instant now) {
        int level = complaint.escalationLevel();
        if (level > 0 && (complaint.escalateAgainOn() == null || !today.isAfter(complaint.escalateAgainOn()))) {
            return false;
        }
        List<AgencyNode> above = hierarchy.tree().upward(complaint.currentAgencyCode());
        if (level > 0 && level + 1 >= above.size()) {
            return false;
        }
        // The national desk's own breach goes to its own escalation queue: there is nobody above it.
        String target = above.get(Math.min(level + 1, above.size() - 1)).code();
        boolean top = level + 2 >= above.size();
        LocalDate again = top ? null : deadlines.addWorkingDays(complaint.currentAgencyCode(), now, ESCALATION_DAYS);
        complaint.escalate(target, again, target, now);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("level", complaint.escalationLevel());
        after.put("to", target);
        after.put("due", String.valueOf(complaint.dueOn()));
        finish(complaint, DeadlineReached.Kind.ESCALATION, target, now, after);
        return true;
    }

    private void finish(Complaint complaint, DeadlineReached.Kind kind, String escalatedTo, Instant now,
                        Map<String, ?> after) {
        complaints.flush();
        audit.record(SYSTEM, kind.name(), "complaint", complaint.trackingNumber(), null, after);
        events.publishEvent(new DeadlineReached(complaint.trackingNumber(), kind, complaint.currentAgencyCode(),
                escalatedTo, complaint.escalationLevel(), complaint.dueOn(), now,
                complaint.facts(deadlines, now), complaint.dueOn() == null ? 0
                        : Math.max(0, deadlines.workingDaysLeft(complaint.currentAgencyCode(), complaint.dueOn(), now))));
    }
}
