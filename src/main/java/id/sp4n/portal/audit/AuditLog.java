package id.sp4n.portal.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** Who acted: an account (with a name to show even after the account is gone), or the system. */
    public record Actor(Long accountId, String name) {

        public static Actor system() {
            return new Actor(null, "SISTEM");
        }
    }

    public record Entry(Instant at, Actor actor, String action, String before, String after) {
    }
}
