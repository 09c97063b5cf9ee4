package id.sp4n.portal.statistics;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The complaint events as statistics received them ({@code stat_event}), in the order they were logged: the history a
 * rebuild replays, and the queue of those not yet applied to the record. Spring Modulith's own publication log
 * deletes what is done, so the module keeps its own.
 */
@Component
class EventLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    EventLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void append(Object event) {
        jdbc.sql("insert into stat_event (kind, payload) values (:kind, cast(:payload as jsonb))")
                .param("kind", kind(event)).param("payload", json.writeValueAsString(event)).update();
    }

    /** Many events in one statement (a history imported at once). */
    void appendAll(List<?> events) {
        if (events.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into stat_event (kind, payload)
                        select kind, cast(payload as jsonb)
                          from unnest(:kinds, :payloads) with ordinality as e (kind, payload, position)
                         order by position""")
                .param("kinds", events.stream().map(EventLog::kind).toArray(String[]::new))
                .param("payloads", events.stream().map(json::writeValueAsString).toArray(String[]::new))
                .update();
    }

    private static String kind(Object event) {
        String kind = event.getClass().getSimpleName();
        if (ComplaintRecords.KINDS.get(kind) != event.getClass()) {
            throw new IllegalArgumentException("not a complaint event: " + event.getClass().getName());
        }
        return kind;
    }

    /** Up to {@code limit} events not applied yet, oldest first. */
    List<Logged> pending(int limit) {
        return jdbc.sql("select seq, kind, payload::text from stat_event where not applied order by seq limit :limit")
                .param("limit", limit)
                .query((rs, row) -> new Logged(rs.getLong(1), event(rs.getString(2), rs.getString(3))))
                .list();
    }

    void markApplied(List<Logged> applied) {
        jdbc.sql("update stat_event set applied = true where seq = any(:seqs)")
                .param("seqs", applied.stream().mapToLong(Logged::seq).boxed().toArray(Long[]::new)).update();
    }

    /**
     * Every logged event, oldest first, read in batches so a long history never sits in memory at once; all of them
     * count as applied afterwards (the caller's transaction).
     */
    long replay(Consumer<Object> consumer) {
        long[] count = {0};
        jdbc.sql("select kind, payload::text from stat_event order by seq").withFetchSize(1000)
                .query(rs -> {
                    consumer.accept(event(rs.getString(1), rs.getString(2)));
                    count[0]++;
                });
        jdbc.sql("update stat_event set applied = true where not applied").update();
        return count[0];
    }

    private Object event(String kind, String payload) {
        return json.readValue(payload, ComplaintRecords.KINDS.get(kind));
    }

    record Logged(long seq, Object event) {
    }
}
