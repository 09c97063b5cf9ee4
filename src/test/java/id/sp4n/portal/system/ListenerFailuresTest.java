package id.sp4n.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;

import id.sp4n.portal.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.MailSendException;

/** A listener failing for every event (SMTP down) leaves one line a minute in the log, not a stack trace per event. */
@ExtendWith(OutputCaptureExtension.class)
class ListenerFailuresTest {

    /** Stands in for a mail listener: only its name and event type reach the log. */
    static final class MailListener {
        void on(String event) {
        }
    }

    @Test
    void shouldLogOneLinePerListenerAndCauseEachMinuteWithACountOfTheRest(CapturedOutput output) throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T02:00:00Z"));
        ListenerFailures failures = new ListenerFailures(clock);
        Method listener = MailListener.class.getDeclaredMethod("on", String.class);
        MailSendException smtpDown = new MailSendException("Mail server connection failed",
                new java.net.ConnectException("Connection refused"));

        for (int i = 0; i < 500; i++) {
            failures.getAsyncUncaughtExceptionHandler().handleUncaughtException(smtpDown, listener, "event-" + i);
        }
        assertThat(lines(output, "MailListener.on(String) failed")).isEqualTo(1);
        assertThat(output.getOut()).contains("MailSendException (Connection refused)")
                .doesNotContain("at org.springframework").doesNotContain("\tat ");

        clock.advance(Duration.ofSeconds(61));
        failures.getAsyncUncaughtExceptionHandler().handleUncaughtException(smtpDown, listener, "event-500");
        assertThat(lines(output, "MailListener.on(String) failed")).isEqualTo(2);
        assertThat(output.getOut()).contains("and 499 more times since the last report");
    }

    private static long lines(CapturedOutput output, String text) {
        return output.getOut().lines().filter(line -> line.contains(text) && line.contains("WARN")).count();
    }
}
