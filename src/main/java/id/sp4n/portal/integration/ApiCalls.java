package id.sp4n.portal.integration;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every call made with a key, whatever its answer: which key, when, what, and the status returned — for the admin's
 * page and for the audit of what a connected system did. A key's "last used" moves at most once a minute, so that
 * a busy system does not rewrite its key's row on every call.
 */
@Service
public class ApiCalls {

    private static final Duration LAST_USED_STEP = Duration.ofMinutes(1);
    private static final int PATH_MAX = 300;

    private final JdbcClient jdbc;
    private final Clock clock;

    ApiCalls(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void record(KeyHolder holder, String method, String path, int status) {
        Instant now = clock.instant();
        // One round trip: the three statements go to the database together (the driver sends them before one sync).
        jdbc.sql("""
                        set local synchronous_commit = off;
                        insert into api_call (key_id, system_id, at, method, path, status)
                        values (:key, :system, :at, :method, :path, :status);
                        update api_key set last_used_at = :at
                         where key_id = :key and (last_used_at is null or last_used_at < :step)""")
                .param("key", holder.keyId()).param("system", holder.systemId()).param("at", Timestamp.from(now))
                .param("method", method).param("path", path.length() > PATH_MAX ? path.substring(0, PATH_MAX) : path)
                .param("status", status).param("step", Timestamp.from(now.minus(LAST_USED_STEP))).update();
    }
}
