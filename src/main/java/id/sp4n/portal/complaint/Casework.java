package id.sp4n.portal.complaint;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.agency.AgencyTree;
import id.sp4n.portal.audit.AuditLog;
import id.sp4n.portal.shared.InvalidRequestException;
import id.sp4n.portal.shared.RecordNotFoundException;
import id.sp4n.portal.sla.WorkingDayCalendar;
import id.sp4n.portal.sla.WorkingDayCalendars;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officers' side of a complaint: inboxes, the case view and the actions. Every action checks who may do
 * it (the agency holding the complaint, its admins above it, the national desk; never oversight), that the
 * officer saw the current version, and that the state machine allows it; then it is audited and published as
 * a {@link ComplaintActedOn} event, all in one transaction.
 * <p>
 * A complaint an officer may not see is reported as not found, exactly like an unknown number.
 */
@Service
@Transactional
public class Casework {

    /** Domain.md, "Time limits": verification by the holding agency, then the first follow-up. */
    static final int VERIFICATION_DAYS = 3;
    static final int FIRST_FOLLOW_UP_DAYS = 5;

    private final ComplaintRepository complaints;
    private final ComplaintTracking tracking;
    private final AgencyHierarchy hierarchy;
    private final Rerouting rerouting;
    private final WorkingDayCalendars calendars;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    Casework(ComplaintRepository complaints, ComplaintTracking tracking, AgencyHierarchy hierarchy,
             Rerouting rerouting, WorkingDayCalendars calendars, AuditLog audit, ApplicationEventPublisher events,
             JdbcClient jdbc, Clock clock) {
        this.complaints = complaints;
        this.tracking = tracking;
        this.hierarchy = hierarchy;
        this.rerouting = rerouting;
        this.calendars = calendars;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public InboxPage inbox(Staff staff, InboxQuery query) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        AgencyTree tree = hierarchy.tree();
        switch (staff.scope()) {
            case AGENCY -> {
                conditions.add("c.current_agency_code = :holder");
                params.put("holder", staff.agencyCode());
            }
            case SUBTREE -> {
                conditions.add("c.current_agency_code = any(:holders)");
                params.put("holders", tree.subtreeCodes(staff.agencyCode()).toArray(String[]::new));
            }
            case NATIONAL, OVERSIGHT -> conditions.add("c.current_agency_code is not null");
        }
        if (query.agencyCode() != null && !query.agencyCode().isBlank()) {
            if (!tree.contains(query.agencyCode())) {
                throw new InvalidRequestException("casework.inbox.unknownAgency", query.agencyCode());
            }
            conditions.add("c.current_agency_code = :agency");
            params.put("agency", query.agencyCode());
        }
        if (query.type() != null) {
            conditions.add("c.type = :type");
            params.put("type", query.type().name());
        }
        if (query.categoryCode() != null && !query.categoryCode().isBlank()) {
            conditions.add("c.category_code = :category");
            params.put("category", query.categoryCode());
        }
        if (query.provinceCode() != null && !query.provinceCode().isBlank()) {
            conditions.add("c.province_code = :province");
            params.put("province", query.provinceCode());
        }
        if (query.text() != null) {
            conditions.add("c.search @@ websearch_to_tsquery('indonesian', :text)");
            params.put("text", query.text());
        }
        String where = String.join(" and ", conditions);

        Map<ComplaintStatus, Long> counts = new EnumMap<>(ComplaintStatus.class);
        for (ComplaintStatus status : ComplaintStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("select c.status, count(*) from complaint c where " + where + " group by c.status")
                .params(params)
                .query((rs, row) -> counts.put(ComplaintStatus.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();

        if (query.status() != null) {
            where += " and c.status = :status";
            params.put("status", query.status().name());
        }
        long total = query.status() != null ? counts.get(query.status())
                : counts.values().stream().mapToLong(Long::longValue).sum();
        params.put("limit", InboxQuery.PAGE_SIZE);
        params.put("offset", (long) query.page() * InboxQuery.PAGE_SIZE);
        String order = query.sort() == InboxQuery.Sort.OLDEST ? "c.submitted_at asc" : "c.submitted_at desc";
        Instant now = clock.instant();
        List<InboxPage.Item> items = jdbc.sql("""
                        select c.tracking_number, c.title, c.type, c.category_code, c.regency_code, c.status,
                               c.current_agency_code, c.anonymous, c.confidential, c.misconduct,
                               coalesce((select max(h.at) from complaint_hop h where h.complaint_id = c.id),
                                        c.submitted_at) as received_at
                          from complaint c
                         where\s""" + where + " order by " + order + ", c.id limit :limit offset :offset")
                .params(params)
                .query((rs, row) -> {
                    ComplaintStatus status = ComplaintStatus.valueOf(rs.getString("status"));
                    String holder = rs.getString("current_agency_code");
                    Instant received = rs.getTimestamp("received_at").toInstant();
                    WorkingDayCalendar calendar = calendars.forAgency(holder);
                    LocalDate due = dueDate(calendar, status, received);
                    return new InboxPage.Item(rs.getString("tracking_number"), rs.getString("title"),
                            ReportType.valueOf(rs.getString("type")), rs.getString("category_code"),
                            rs.getString("regency_code"), status, holder, received, due,
                            due != null && calendar.dateOf(now).isAfter(due), rs.getBoolean("anonymous"),
                            rs.getBoolean("confidential"), rs.getBoolean("misconduct"));
                })
                .list();
        return new InboxPage(items, total, query.page(), counts);
    }

    /** The next limit the holding agency must meet, or null when the ball is not in its court. */
    private static LocalDate dueDate(WorkingDayCalendar calendar, ComplaintStatus status, Instant received) {
        int days = switch (status) {
            case SUBMITTED -> VERIFICATION_DAYS;
            case VERIFIED, IN_PROGRESS -> FIRST_FOLLOW_UP_DAYS;
            default -> 0;
        };
        if (days == 0) {
            return null;
        }
        return calendar.addWorkingDays(calendar.dateOf(received), days);
    }

    @Transactional(readOnly = true)
    public CaseView find(Staff staff, TrackingNumber number) {
        Complaint complaint = visible(staff, number);
        return view(staff, complaint, false);
    }

    /** The national desk reads an anonymous reporter's identity; every such read is audited. */
    public CaseView reveal(Staff staff, TrackingNumber number) {
        Complaint complaint = visible(staff, number);
        if (staff.scope() != Staff.Scope.NATIONAL) {
            throw new CaseworkRefusal("casework.refused.reveal");
        }
        audit.record(actor(staff), "REVEAL_IDENTITY", "complaint", complaint.trackingNumber(), null, null);
        return view(staff, complaint, true);
    }

    public void verify(Staff staff, TrackingNumber number, long seenVersion, Verification verification) {
        Complaint complaint = actionable(staff, number, seenVersion);
        Map<String, Object> before = classification(complaint);
        Instant now = clock.instant();
        complaint.verify(verification, staff, now);
        List<HopRecord> onwards = rerouting.towardsAuthority(complaint.currentAgencyCode(),
                complaint.categoryCode(), complaint.provinceCode(), complaint.regencyCode());
        String action = "VERIFY";
        if (!onwards.isEmpty()) {
            complaint.forwardAlong(onwards, now);
            action = "VERIFY_AND_FORWARD";
        }
        complaint.startWork(staff, now);
        Map<String, Object> after = classification(complaint);
        finish(staff, complaint, action, before, after, now);
    }

    public void respond(Staff staff, TrackingNumber number, long seenVersion, String text) {
        String response = required(text, "casework.response.required");
        Complaint complaint = actionable(staff, number, seenVersion);
        Map<String, Object> before = Map.of("status", complaint.status().name());
        Instant now = clock.instant();
        complaint.respond(response, staff, now);
        finish(staff, complaint, "RESPOND", before, Map.of("status", complaint.status().name()), now);
    }

    public void addNote(Staff staff, TrackingNumber number, long seenVersion, String text) {
        String note = required(text, "casework.note.required");
        Complaint complaint = actionable(staff, number, seenVersion);
        Instant now = clock.instant();
        complaint.addNote(note, staff, now);
        finish(staff, complaint, "NOTE", null, null, now);
    }

    private static String required(String text, String messageCode) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException(messageCode);
        }
        if (text.length() > 5000) {
            throw new InvalidRequestException("casework.text.tooLong", 5000);
        }
        return text.strip();
    }

    private void finish(Staff staff, Complaint complaint, String action, Map<String, ?> before,
                        Map<String, ?> after, Instant now) {
        complaints.saveAndFlush(complaint);
        audit.record(actor(staff), action, "complaint", complaint.trackingNumber(), before, after);
        events.publishEvent(new ComplaintActedOn(complaint.trackingNumber(), action, complaint.currentAgencyCode(),
                complaint.status(), staff.accountId(), now));
    }

    private static Map<String, Object> classification(Complaint complaint) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", complaint.status().name());
        state.put("type", complaint.type().name());
        state.put("category", complaint.categoryCode());
        state.put("misconduct", complaint.misconduct());
        state.put("anonymous", complaint.anonymous());
        state.put("confidential", complaint.confidential());
        state.put("title", complaint.title());
        state.put("agency", complaint.currentAgencyCode());
        return state;
    }

    private static AuditLog.Actor actor(Staff staff) {
        return new AuditLog.Actor(staff.accountId(), staff.name());
    }

    private Complaint visible(Staff staff, TrackingNumber number) {
        return complaints.findByTrackingNumber(number.value())
                .filter(c -> mayRead(staff, c))
                .orElseThrow(() -> new RecordNotFoundException("complaint.notFound", number.value()));
    }

    private boolean mayRead(Staff staff, Complaint complaint) {
        return complaint.currentAgencyCode() != null && (holds(staff, complaint) || handledBefore(staff, complaint));
    }

    /**
     * Loads the complaint for a change. Every action raises the version, also one that only adds to the
     * timeline, so two officers acting at once always collide instead of both passing.
     */
    private Complaint actionable(Staff staff, TrackingNumber number, long seenVersion) {
        Complaint complaint = complaints.findForChangeByTrackingNumber(number.value())
                .filter(c -> mayRead(staff, c))
                .orElseThrow(() -> new RecordNotFoundException("complaint.notFound", number.value()));
        if (!staff.mayChange() || !holds(staff, complaint)) {
            throw new CaseworkRefusal("casework.refused.notHolder");
        }
        if (complaint.version() != seenVersion) {
            throw concurrentChange(complaint.trackingNumber());
        }
        return complaint;
    }

    /** Says who changed the complaint last, for the conflict page. */
    @Transactional(readOnly = true)
    public ConcurrentChange whoChanged(String trackingNumber) {
        return concurrentChange(trackingNumber);
    }

    private ConcurrentChange concurrentChange(String trackingNumber) {
        return audit.latest("complaint", trackingNumber)
                .map(entry -> new ConcurrentChange(trackingNumber, entry.actor().name(), entry.at()))
                .orElseGet(() -> new ConcurrentChange(trackingNumber, "SISTEM", null));
    }

    private boolean holds(Staff staff, Complaint complaint) {
        return switch (staff.scope()) {
            case AGENCY -> staff.agencyCode().equals(complaint.currentAgencyCode());
            case SUBTREE -> hierarchy.tree().isWithin(complaint.currentAgencyCode(), staff.agencyCode());
            case NATIONAL, OVERSIGHT -> true;
        };
    }

    /** An agency that had the complaint on its desk may still read it (read-only). */
    private static boolean handledBefore(Staff staff, Complaint complaint) {
        String agency = staff.agencyCode();
        return agency.equals(complaint.doorAgencyCode())
                || complaint.hops().stream().anyMatch(h -> agency.equals(h.toAgencyCode()));
    }

    private CaseView view(Staff staff, Complaint complaint, boolean revealed) {
        boolean hideIdentity = complaint.anonymous() && !revealed;
        TrackedComplaint details = tracking.forStaff(complaint, hideIdentity);
        List<CaseView.TimelineItem> timeline = complaint.entries().stream()
                .map(e -> new CaseView.TimelineItem(e.kind().name(), e.body(), e.authorName(), e.agencyCode(),
                        e.fromStatus(), e.toStatus(), e.at()))
                .toList();
        return new CaseView(details, complaint.misconduct(), complaint.version(), timeline,
                staff.mayChange() && holds(staff, complaint), hideIdentity);
    }
}
