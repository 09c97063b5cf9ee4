package id.sp4n.portal.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The in-app notification centre of signed-in people: notices, unread count, marking them read. */
@Service
@Transactional
public class NotificationCentre {

    static final int PAGE = 50;

    private final JdbcClient jdbc;
    private final Clock clock;

    NotificationCentre(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One notice; an event delivered again adds nothing (same event key). */
    void add(long accountId, Notice notice, List<String> args, String link, String eventKey) {
        jdbc.sql("""
                        insert into notification (account_id, message_code, message_args, link, created_at, event_key)
                        values (:account, :code, :args, :link, :now, :key)
                        on conflict (account_id, event_key) do nothing""")
                .param("account", accountId).param("code", "notice." + notice.name() + ".body")
                .param("args", args.toArray(String[]::new)).param("link", link)
                .param("now", Timestamp.from(clock.instant())).param("key", eventKey)
                .update();
    }

    public record Item(long id, String messageCode, List<String> args, String link, java.time.Instant at,
                       boolean unread) {
    }

    @Transactional(readOnly = true)
    public List<Item> latest(long accountId) {
        return jdbc.sql("""
                        select id, message_code, message_args, link, created_at, read_at from notification
                         where account_id = :account order by created_at desc, id desc limit :limit""")
                .param("account", accountId).param("limit", PAGE)
                .query((rs, row) -> new Item(rs.getLong("id"), rs.getString("message_code"),
                        List.of((String[]) rs.getArray("message_args").getArray()), rs.getString("link"),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") == null))
                .list();
    }

    @Transactional(readOnly = true)
    public long unread(long accountId) {
        return jdbc.sql("select count(*) from notification where account_id = :account and read_at is null")
                .param("account", accountId).query(Long.class).single();
    }

    /** Marks one notice read (only the person's own); returns where it points, or null. */
    public String open(long accountId, long id) {
        return jdbc.sql("""
                        update notification set read_at = coalesce(read_at, :now)
                         where id = :id and account_id = :account returning link""")
                .param("now", Timestamp.from(clock.instant())).param("id", id).param("account", accountId)
                .query(String.class).optional().orElse(null);
    }

    public void markAllRead(long accountId) {
        jdbc.sql("update notification set read_at = :now where account_id = :account and read_at is null")
                .param("now", Timestamp.from(clock.instant())).param("account", accountId).update();
    }
}
