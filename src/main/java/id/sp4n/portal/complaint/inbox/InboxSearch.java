package id.sp4n.portal.complaint.inbox;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.agency.AgencyNode;
import id.sp4n.portal.agency.AgencyStaffing;
import id.sp4n.portal.agency.AgencyTree;
import id.sp4n.portal.complaint.ComplaintStatus;
import id.sp4n.portal.complaint.ReportType;
import id.sp4n.portal.complaint.handling.Deadlines;
import id.sp4n.portal.complaint.handling.Staff;
import id.sp4n.portal.shared.InvalidRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officers' queues (inbox, escalations, Ombudsman referrals) with their filters, counts per state and one page.
 * Which complaints a staff member sees depends on their scope: their agency, its subtree, or everything.
 * <p>
 * Counts of a whole inbox (or of one agency of it) come from the counts a trigger keeps ({@code inbox_count},
 * {@code inbox_total}) instead of counting a million rows per page; any other filter, and the small escalation and
 * Ombudsman queues, are counted live.
 */
@Component
public class InboxSearch {

    private static final String ROW_COLUMNS = """
            c.tracking_number, c.title, c.type, c.category_code, c.regency_code, c.status, c.current_agency_code,
            c.anonymous, c.confidential, c.misconduct, c.due_on, c.reopen_count, c.assigned_name,
            c.escalation_level, c.escalated_to_code,
            coalesce((select max(h.at) from complaint_hop h where h.complaint_id = c.id), c.submitted_at) as received_at""";

    /** How many agencies an agency filter typed as words of several names lists in its refusal. */
    private static final int AMBIGUOUS_SHOWN = 5;

    private final AgencyHierarchy hierarchy;
    private final AgencyStaffing staffing;
    private final Deadlines deadlines;
    private final JdbcClient jdbc;
    private final Clock clock;

    InboxSearch(AgencyHierarchy hierarchy, AgencyStaffing staffing, Deadlines deadlines, JdbcClient jdbc,
                Clock clock) {
        this.hierarchy = hierarchy;
        this.staffing = staffing;
        this.deadlines = deadlines;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One page of a staff member's queue with its counts per state. */
    @Transactional(readOnly = true)
    public InboxPage page(Staff staff, InboxQuery query) {
        Instant now = clock.instant();
        SqlConditions queue = queue(staff, query, hierarchy.tree(), staffing);
        SqlConditions filtered = queue.copy()
                .whereGiven(query.type(), "c.type = :type", "type")
                .whereGiven(query.categoryCode(), "c.category_code = :category", "category")
                .whereGiven(query.provinceCode(), "c.province_code = :province", "province")
                .whereGiven(query.text(), "c.search @@ websearch_to_tsquery('indonesian', :text)", "text");
        if (query.assignedToMe()) {
            filtered.where("c.assigned_account_id = :me", "me", staff.accountId());
        }
        if (query.overdue()) {
            // "Today" in the staff member's own zone: at most two hours off for an agency in another zone.
            filtered.where("c.due_on < :today", "today", deadlines.today(staff.agencyCode(), now));
        }
        Map<ComplaintStatus, Long> counts = counts(staff, query, queue, filtered);
        long total = query.status() != null ? counts.get(query.status())
                : counts.values().stream().mapToLong(Long::longValue).sum();
        SqlConditions shown = filtered.copy().whereGiven(query.status(), "c.status = :status", "status");
        String order = switch (query.sort()) {
            case NEWEST -> "c.submitted_at desc";
            case OLDEST -> "c.submitted_at asc";
            case DUE_FIRST -> "c.due_on asc nulls last, c.submitted_at asc";
        };
        List<InboxPage.Item> items = jdbc.sql("select " + ROW_COLUMNS + " from complaint c where " + shown.sql()
                        + " order by " + order + ", c.id limit :limit offset :offset")
                .params(shown.params(Map.of("limit", InboxQuery.PAGE_SIZE,
                        "offset", (long) query.page() * InboxQuery.PAGE_SIZE)))
                .query((rs, row) -> {
                    String holder = rs.getString("current_agency_code");
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    return new InboxPage.Item(rs.getString("tracking_number"), rs.getString("title"),
                            ReportType.valueOf(rs.getString("type")), rs.getString("category_code"),
                            rs.getString("regency_code"), ComplaintStatus.valueOf(rs.getString("status")), holder,
                            rs.getTimestamp("received_at").toInstant(), due,
                            due != null && deadlines.today(holder, now).isAfter(due), rs.getBoolean("anonymous"),
                            rs.getBoolean("confidential"), rs.getBoolean("misconduct"),
                            rs.getInt("reopen_count") > 0, rs.getString("assigned_name"),
                            due == null ? null : deadlines.workingDaysLeft(holder, due, now),
                            rs.getInt("escalation_level"), rs.getString("escalated_to_code"));
                })
                .list();
        return new InboxPage(items, total, query.page(), counts);
    }

    /** Which complaints the queue holds for this staff member, with the agency filter of the inbox. */
    private static SqlConditions queue(Staff staff, InboxQuery query, AgencyTree tree, AgencyStaffing staffing) {
        boolean everywhere = staff.scope() == Staff.Scope.NATIONAL || staff.scope() == Staff.Scope.OVERSIGHT;
        SqlConditions queue = new SqlConditions();
        switch (query.queue()) {
            case ESCALATED -> {
                if (everywhere) {
                    queue.where("c.escalated_to_code is not null");
                } else {
                    queue.where("c.escalated_to_code = :escalatedTo", "escalatedTo", staff.agencyCode());
                }
            }
            // Only the Ombudsman (oversight) and the national desk receive referrals.
            case OMBUDSMAN -> queue.where(everywhere ? "c.ombudsman_referred_at is not null" : "false");
            case INBOX -> {
                switch (staff.scope()) {
                    // With what its units without staff hold: the agency works those for them.
                    case AGENCY -> queue.where("c.current_agency_code = any(:holders)", "holders",
                            tree.workedBy(staff.agencyCode(), staffing.staffedAgencies()).toArray(String[]::new));
                    case SUBTREE -> queue.where("c.current_agency_code = any(:holders)", "holders",
                            tree.subtreeCodes(staff.agencyCode()).toArray(String[]::new));
                    case NATIONAL, OVERSIGHT -> queue.where("c.current_agency_code is not null");
                }
            }
        }
        if (query.agencyCode() != null && !query.agencyCode().isBlank()) {
            // A code or words of a name, like every agency field.
            AgencyTree.Lookup lookup = tree.lookup(query.agencyCode(), AMBIGUOUS_SHOWN);
            if (lookup.found() == null) {
                throw lookup.candidates().isEmpty()
                        ? new InvalidRequestException("casework.inbox.unknownAgency", query.agencyCode())
                        : new InvalidRequestException("casework.inbox.ambiguousAgency", query.agencyCode(),
                                lookup.candidates().stream().map(AgencyNode::name).collect(Collectors.joining("; ")));
            }
            queue.where("c.current_agency_code = :agency", "agency", lookup.found().code());
        }
        return queue;
    }

    private Map<ComplaintStatus, Long> counts(Staff staff, InboxQuery query, SqlConditions queue,
                                              SqlConditions filtered) {
        Map<ComplaintStatus, Long> counts = new EnumMap<>(ComplaintStatus.class);
        for (ComplaintStatus status : ComplaintStatus.values()) {
            counts.put(status, 0L);
        }
        boolean keptCountsApply = query.queue() == InboxQuery.Queue.INBOX && filtered.size() == queue.size();
        boolean wholeCountry = keptCountsApply && queue.size() == 1
                && (staff.scope() == Staff.Scope.NATIONAL || staff.scope() == Staff.Scope.OVERSIGHT);
        String countSql = wholeCountry ? "select status, sum(complaints) from inbox_total group by status"
                : keptCountsApply ? "select c.status, sum(c.complaints) from (select agency_code as current_agency_code,"
                        + " status, complaints from inbox_count) c where " + queue.sql() + " group by c.status"
                : "select c.status, count(*) from complaint c where " + filtered.sql() + " group by c.status";
        jdbc.sql(countSql)
                .params(filtered.params(Map.of()))
                .query((rs, row) -> counts.put(ComplaintStatus.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
        return counts;
    }
}
