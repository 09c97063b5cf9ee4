package id.sp4n.portal.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.sp4n.portal.shared.InvalidRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes audit entries in the caller's transaction, so an action and its entry are stored together or not
 * at all. Before and after are small maps of the fields the action changed, stored as JSON.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Actor actor, String action, String objectType, String objectId,
                       Map<String, ?> before, Map<String, ?> after) {
        jdbc.sql("""
                        insert into audit_log (at, actor_account_id, actor_name, action, object_type, object_id,
                                               before_state, after_state)
                        values (:at, :account, :name, :action, :type, :id, cast(:before as jsonb), cast(:after as jsonb))""")
                .param("at", Timestamp.from(clock.instant())).param("account", actor.accountId())
                .param("name", actor.name()).param("action", action).param("type", objectType).param("id", objectId)
                .param("before", before == null ? null : json.writeValueAsString(before))
                .param("after", after == null ? null : json.writeValueAsString(after))
                .update();
    }

    /** The entries about one object, newest first. */
    @Transactional(readOnly = true)
    public List<Entry> about(String objectType, String objectId) {
        return jdbc.sql("""
                        select at, actor_account_id, actor_name, action, before_state::text, after_state::text
                          from audit_log where object_type = :type and object_id = :id order by at desc, id desc""")
                .param("type", objectType).param("id", objectId)
                .query((rs, row) -> new Entry(rs.getTimestamp("at").toInstant(),
                        new Actor((Long) rs.getObject("actor_account_id"), rs.getString("actor_name")),
                        rs.getString("action"), rs.getString("before_state"), rs.getString("after_state")))
                .list();
    }

    /** The latest entry about one object, e.g. to say who changed it last. */
    @Transactional(readOnly = true)
    public Optional<Entry> latest(String objectType, String objectId) {
        return about(objectType, objectId).stream().findFirst();
    }

    /** Filters of the audit page; each may be null. {@code actor} matches part of the actor's name. */
    public record Query(String objectType, String objectId, String action, String actor, java.time.LocalDate from,
                        java.time.LocalDate to, int page) {

        public static final int PAGE_SIZE = 50;

        public Query {
            if (page < 0) {
                throw new InvalidRequestException("audit.error.page");
            }
        }
    }

    /** A page of entries, newest first, with the object each is about. */
    public record Found(Instant at, Actor actor, String action, String objectType, String objectId, String before,
                        String after) {
    }

    /** Entries matching the filters (dates in WIB, the national desk's zone), newest first, one page. */
    @Transactional(readOnly = true)
    public List<Found> search(Query query) {
        StringBuilder where = new StringBuilder("true");
        java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
        if (query.objectType() != null && !query.objectType().isBlank()) {
            where.append(" and object_type = :type");
            params.put("type", query.objectType().strip());
        }
        if (query.objectId() != null && !query.objectId().isBlank()) {
            where.append(" and object_id = :id");
            params.put("id", query.objectId().strip());
        }
        if (query.action() != null && !query.action().isBlank()) {
            where.append(" and action = :action");
            params.put("action", query.action().strip());
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            where.append(" and actor_name ilike :actor");
            params.put("actor", "%" + query.actor().strip().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (query.from() != null) {
            where.append(" and at >= :from");
            params.put("from", Timestamp.from(query.from().atStartOfDay(WIB).toInstant()));
        }
        if (query.to() != null) {
            where.append(" and at < :to");
            params.put("to", Timestamp.from(query.to().plusDays(1).atStartOfDay(WIB).toInstant()));
        }
        params.put("limit", Query.PAGE_SIZE);
        params.put("offset", (long) query.page() * Query.PAGE_SIZE);
        return jdbc.sql("select at, actor_account_id, actor_name, action, object_type, object_id, before_state::text,"
                        + " after_state::text from audit_log where " + where
                        + " order by at desc, id desc limit :limit offset :offset")
                .params(params)
                .query((rs, row) -> new Found(rs.getTimestamp("at").toInstant(),
                        new Actor((Long) rs.getObject("actor_account_id"), rs.getString("actor_name")),
                        rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
                        rs.getString("before_state"), rs.getString("after_state")))
                .list();
    }

    private static final java.time.ZoneId WIB = java.time.ZoneId.of("Asia/Jakarta");

    /** Who acted: an account (with a name to show even after the account is gone), or the system. */
    /**
     * The months (Western Indonesia Time) in which each of some accounts did anything audited in [{@code from},
     * {@code until}) other than {@code notCounted}: a head's own involvement (docs/0046).
     */
    @Transactional(readOnly = true)
    public Map<Long, java.util.Set<java.time.YearMonth>> activeMonths(java.util.Collection<Long> accountIds,
                                                                      Instant from, Instant until, String notCounted) {
        Map<Long, java.util.Set<java.time.YearMonth>> months = new java.util.HashMap<>();
        jdbc.sql("""
                        select distinct actor_account_id, to_char(at at time zone 'Asia/Jakarta', 'YYYY-MM')
                          from audit_log where actor_account_id = any(:accounts) and at >= :from and at < :until
                           and action <> :notCounted""")
                .param("accounts", accountIds.toArray(Long[]::new)).param("notCounted", notCounted)
                .param("from", java.sql.Timestamp.from(from)).param("until", java.sql.Timestamp.from(until))
                .query((rs, row) -> months.computeIfAbsent(rs.getLong(1), key -> new java.util.TreeSet<>())
                        .add(java.time.YearMonth.parse(rs.getString(2))))
                .list();
        return months;
    }

    public record Actor(Long accountId, String name) {

        public static Actor system() {
            return new Actor(null, "SISTEM");
        }
    }

    public record Entry(Instant at, Actor actor, String action, String before, String after) {
    }
}
