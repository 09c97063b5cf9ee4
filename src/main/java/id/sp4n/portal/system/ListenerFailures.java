package id.sp4n.portal.system;

import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.stereotype.Component;

/**
 * How a failed asynchronous event listener (a mail the SMTP server refused, say) is logged. Its event publication
 * stays incomplete and is retried with growing waits ({@link FailedEventRetry}), so nothing is lost; the log needs one
 * line saying so, not a stack trace per event — with SMTP down that was 115,827 ERRORs and a 427 MB log in 22 minutes
 * (issue 19). Per listener and cause: one WARN line at most every {@link #WINDOW}, with how many more failed in
 * between; the stack trace at DEBUG.
 */
@Component
class ListenerFailures implements AsyncConfigurer {

    static final Duration WINDOW = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(ListenerFailures.class);

    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    ListenerFailures(Clock clock) {
        this.clock = clock;
    }

    private static final class Window {
        Instant loggedAt;
        long since;
    }

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return this::failed;
    }

    void failed(Throwable failure, Method method, Object... params) {
        String listener = method.getDeclaringClass().getSimpleName() + "." + method.getName() + "("
                + (params.length == 0 || params[0] == null ? "" : params[0].getClass().getSimpleName()) + ")";
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        String key = listener + " " + failure.getClass().getName() + " " + cause.getClass().getName();
        Instant now = clock.instant();
        Window window = windows.computeIfAbsent(key, k -> new Window());
        long before;
        synchronized (window) {
            if (window.loggedAt != null && now.isBefore(window.loggedAt.plus(WINDOW))) {
                window.since++;
                log.debug("{} failed again", listener, failure);
                return;
            }
            before = window.since;
            window.loggedAt = now;
            window.since = 0;
        }
        log.warn("{} failed: {} ({}){}; the event stays in the publication log and is retried with growing waits",
                listener, failure.getClass().getSimpleName(), cause.getMessage(),
                before == 0 ? "" : " — and " + before + " more times since the last report");
        log.debug("{} failed", listener, failure);
    }
}
