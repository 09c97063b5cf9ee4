package id.sp4n.portal.complaint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints as Open311 service requests, for the integration module: the public ones (neither confidential nor
 * anonymous — those never leave through a public call), or those held in an agency subtree for that subtree's own
 * connected system. Nothing about the reporter either way. {@code statusNotes}: the latest public response.
 */
@Service
@Transactional(readOnly = true)
public class ServiceRequests {

    public static final int MAX_PAGE_SIZE = 1000;

    public record Request(String trackingNumber, ComplaintStatus status, String statusNotes, String categoryCode,
                          String title, String description, String agencyCode, String address, String provinceCode,
                          String regencyCode, Instant submittedAt, Instant updatedAt, LocalDate dueOn,
                          long version, boolean anonymous, boolean confidential, Contact reporter) {
    }

    /**
     * The reporter's name and contact, for the handling agency's own system only (the subtree view) and never for an
     * anonymous complaint.
     */
    public record Contact(String name, String email, String phone) {
    }

    /**
     * Filters as GeoReport v2 names them, each optional: {@code numbers} (service_request_id), the category
     * (service_code), filed from/until, open or closed, changed after. {@code subtree}: the agency codes whose
     * held complaints may be read, confidential and anonymous ones included (null: the public view). Ordered by
     * filing, the newest first — or, with {@code updatedAfter}, by change, the oldest first, so that a sync can page
     * forward.
     */
    public record Query(List<String> numbers, String categoryCode, Instant filedFrom, Instant filedUntil,
                        Boolean open, Instant updatedAfter, List<String> subtree, int page, int size) {
    }

    private static final String COLUMNS = """
            select c.tracking_number, c.status, c.category_code, c.title, c.description, c.current_agency_code,
                   c.address, c.province_code, c.regency_code, c.submitted_at, c.updated_at, c.due_on, c.version,
                   c.anonymous, c.confidential, c.reporter_name, c.reporter_email, c.reporter_phone,
                   (select e.body from complaint_entry e where e.complaint_id = c.id and e.kind = 'RESPONSE'
                     order by e.at desc, e.id desc limit 1) as status_notes
              from complaint c""";

    private final JdbcClient jdbc;

    ServiceRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Request> find(Query query) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (query.subtree() == null) {
            where.add("not c.confidential and not c.anonymous");
        } else {
            where.add("c.current_agency_code in (:subtree)");
            params.put("subtree", query.subtree());
        }
        if (query.numbers() != null && !query.numbers().isEmpty()) {
            where.add("c.tracking_number in (:numbers)");
            params.put("numbers", query.numbers());
        }
        if (query.categoryCode() != null) {
            where.add("c.category_code = :category");
            params.put("category", query.categoryCode());
        }
        if (query.filedFrom() != null) {
            where.add("c.submitted_at >= :from");
            params.put("from", Timestamp.from(query.filedFrom()));
        }
        if (query.filedUntil() != null) {
            where.add("c.submitted_at <= :until");
            params.put("until", Timestamp.from(query.filedUntil()));
        }
        if (query.open() != null) {
            where.add((query.open() ? "" : "not ") + "c.status in ('SUBMITTED', 'VERIFIED', 'ON_HOLD', 'IN_PROGRESS')");
        }
        String order = " order by c.submitted_at desc, c.id desc";
        if (query.updatedAfter() != null) {
            where.add("c.updated_at > :updatedAfter");
            params.put("updatedAfter", Timestamp.from(query.updatedAfter()));
            order = " order by c.updated_at, c.id";
        }
        params.put("limit", query.size());
        params.put("offset", (long) query.page() * query.size());
        boolean withContact = query.subtree() != null;
        return jdbc.sql(COLUMNS + " where " + String.join(" and ", where) + order + " limit :limit offset :offset")
                .params(params).query((rs, row) -> request(rs, withContact)).list();
    }

    /** One request by its tracking number, under the same privacy as {@link #find}. */
    public Optional<Request> get(String trackingNumber, List<String> subtree) {
        return find(new Query(List.of(trackingNumber), null, null, null, null, null, subtree, 0, 1)).stream()
                .findFirst();
    }

    /**
     * A public change of a public complaint (the servicerequestupdates extension): a response or a change of state.
     * {@code id} is the timeline entry's; {@code text} the response, null for a change of state.
     */
    public record Update(long id, String trackingNumber, ComplaintStatus status, String text, Instant at) {
    }

    /** Public changes made from {@code from} up to {@code until} (either may be null), the oldest first. */
    public List<Update> updates(Instant from, Instant until, int limit) {
        return jdbc.sql("""
                        select e.id, c.tracking_number, coalesce(e.to_status, c.status) as status,
                               case when e.kind = 'RESPONSE' then e.body end as text, e.at
                          from complaint_entry e join complaint c on c.id = e.complaint_id
                         where e.kind in ('RESPONSE', 'STATE_CHANGE') and not c.confidential and not c.anonymous
                           and (cast(:from as timestamptz) is null or e.at >= :from)
                           and (cast(:until as timestamptz) is null or e.at <= :until)
                         order by e.at, e.id limit :limit""")
                .param("from", from == null ? null : Timestamp.from(from))
                .param("until", until == null ? null : Timestamp.from(until)).param("limit", limit)
                .query((rs, row) -> new Update(rs.getLong(1), rs.getString(2), ComplaintStatus.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** Who holds the complaint now (null while it is being routed); empty for an unknown number. */
    public Optional<String> holder(String trackingNumber) {
        return jdbc.sql("select coalesce(current_agency_code, '') from complaint where tracking_number = :number")
                .param("number", trackingNumber).query(String.class).optional();
    }

    private static Request request(ResultSet rs, boolean withContact) throws SQLException {
        boolean anonymous = rs.getBoolean("anonymous");
        Timestamp updated = rs.getTimestamp("updated_at");
        java.sql.Date due = rs.getDate("due_on");
        return new Request(rs.getString("tracking_number"), ComplaintStatus.valueOf(rs.getString("status")),
                rs.getString("status_notes"), rs.getString("category_code"), rs.getString("title"),
                rs.getString("description"), rs.getString("current_agency_code"), rs.getString("address"),
                rs.getString("province_code"), rs.getString("regency_code"),
                rs.getTimestamp("submitted_at").toInstant(), updated == null ? null : updated.toInstant(),
                due == null ? null : due.toLocalDate(), rs.getLong("version"), anonymous, rs.getBoolean("confidential"),
                withContact && !anonymous ? new Contact(rs.getString("reporter_name"), rs.getString("reporter_email"),
                        rs.getString("reporter_phone")) : null);
    }
}
