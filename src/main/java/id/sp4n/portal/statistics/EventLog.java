package id.sp4n.portal.statistics;

import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The complaint events as statistics received them ({@code stat_event}), in the order they arrived: the history a
 * rebuild replays. Spring Modulith's own publication log deletes what is done, so the module keeps its own.
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
        String kind = event.getClass().getSimpleName();
        if (ComplaintRecords.KINDS.get(kind) != event.getClass()) {
            throw new IllegalArgumentException("not a complaint event: " + event.getClass().getName());
        }
        jdbc.sql("insert into stat_event (kind, payload) values (:kind, cast(:payload as jsonb))")
                .param("kind", kind).param("payload", json.writeValueAsString(event)).update();
    }

    /** Every logged event, oldest first, read in batches so a long history never sits in memory at once. */
    long replay(Consumer<Object> consumer) {
        long[] count = {0};
        jdbc.sql("select kind, payload::text from stat_event order by seq").withFetchSize(1000)
                .query(rs -> {
                    consumer.accept(json.readValue(rs.getString(2), ComplaintRecords.KINDS.get(rs.getString(1))));
                    count[0]++;
                });
        return count[0];
    }
}
