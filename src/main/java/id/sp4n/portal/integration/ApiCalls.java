package id.sp4n.portal.integration;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

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

    /**
     * One statement in its own implicit transaction: no transaction manager, no round trip but this one. The setting
     * it makes lasts until that transaction's end, so its commit does not wait for the disk (a crash may lose the
     * last fraction of a second of call records).
     */
    public void record(KeyHolder holder, String method, String path, int status) {
        Instant now = clock.instant();
        jdbc.sql("""
                        with durability as (select set_config('synchronous_commit', 'off', true)),
                             call as (insert into api_call (key_id, system_id, at, method, path, status)
                                      select :key, :system, :at, :method, :path, :status from durability)
                        update api_key set last_used_at = :at
                         where key_id = :key and (last_used_at is null or last_used_at < :step)""")
                .param("key", holder.keyId()).param("system", holder.systemId()).param("at", Timestamp.from(now))
                .param("method", method).param("path", path.length() > PATH_MAX ? path.substring(0, PATH_MAX) : path)
                .param("status", status).param("step", Timestamp.from(now.minus(LAST_USED_STEP))).update();
    }
}
