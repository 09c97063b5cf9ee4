package id.sp4n.portal.system.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.sp4n.portal.support.SubmissionLoad;
import id.sp4n.portal.support.TestMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What every crash test checks afterwards: every acknowledged complaint stored, routed and mailed exactly once. */
final class CrashChecks {

    private CrashChecks() {
    }

    /**
     * Settings under which a surviving or restarted instance takes over unfinished events within seconds (retries
     * every 2 s, publications stale after 10 s) instead of the production minutes.
     */
    private static final Map<String, String> QUICK_TAKEOVER = new java.util.LinkedHashMap<>(Map.of(
            "portal.events.retry-interval", "PT2S", "portal.events.retry-min-age", "PT3S",
            "portal.events.longest-wait", "PT4S", "spring.modulith.events.staleness.check-interval", "PT2S",
            "spring.modulith.events.staleness.published", "PT10S", "spring.modulith.events.staleness.processing", "PT10S",
            "spring.modulith.events.staleness.resubmitted", "PT10S"));

    /** {@link #QUICK_TAKEOVER} as command-line arguments of a portal JVM. */
    static List<String> quickTakeoverArguments() {
        return QUICK_TAKEOVER.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toList();
    }

    /** {@link #QUICK_TAKEOVER} as environment variables (Spring's relaxed names), for a start script. */
    static Map<String, String> quickTakeoverEnvironment() {
        return QUICK_TAKEOVER.entrySet().stream().collect(Collectors.toMap(
                e -> e.getKey().toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_'),
                Map.Entry::getValue));
    }

    /**
     * Awaitility, except that an exception thrown in another thread of this JVM does not fail the wait: killing an
     * instance in the middle of sending a mail breaks its SMTP connection, and GreenMail's handler thread throws —
     * which is what a crash does, not a failure of the check (the checks below count the mail itself).
     */
    static ConditionFactory await() {
        return Awaitility.await().dontCatchUncaughtExceptions();
    }

    /** Ready means started and its start-up work done (readiness UP), not only Tomcat listening. */
    static void awaitReady(int port) {
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() ->
                http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200);
    }

    static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static JdbcClient jdbc(String url, String user, String password) {
        var dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return JdbcClient.create(dataSource);
    }

    static void awaitMore(SubmissionLoad load, int more, Duration timeout) {
        int target = load.acknowledged().size() + more;
        await().atMost(timeout).pollInterval(Duration.ofMillis(200)).until(() -> load.acknowledged().size() >= target);
    }

    /** Nothing acknowledged is missing, and every acknowledged complaint is routed (no event lost in the crash). */
    static void everyAcknowledgedComplaintStoredAndRouted(JdbcClient jdbc, Set<String> numbers) {
        String[] wanted = numbers.toArray(String[]::new);
        List<String> stored = jdbc.sql("select tracking_number from complaint where tracking_number = any(?)")
                .param(wanted).query(String.class).list();
        assertThat(Set.copyOf(stored)).as("acknowledged complaints in the database").containsExactlyInAnyOrder(wanted);
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertThat(jdbc.sql(
                        "select count(*) from complaint where tracking_number = any(?) and routed_at is null")
                .param(wanted).query(Long.class).single()).as(() -> "acknowledged complaints not yet routed; their events: "
                        + jdbc.sql("""
                                select p.status, p.completion_attempts, p.publication_date, p.last_resubmission_date,
                                       p.listener_id from complaint c
                                  left join event_publication p on p.serialized_event like '%' || c.tracking_number || '%'
                                 where c.tracking_number = any(?) and c.routed_at is null""").param(wanted)
                        .query().listOfRows() + ", given up: " + jdbc.sql("select * from failed_event").query().listOfRows())
                .isZero());
    }

    /**
     * Every acknowledged guest got their private link, as one mail: a mail sent again after a crash (SMTP has no
     * transaction) carries the same Message-ID. Answers how many deliveries were repeats.
     */
    static long everyReporterMailedOnce(Map<String, String> acknowledged) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Set<String> mailed = addressesMailed();
            assertThat(mailed).as("reporters who got their link").containsAll(acknowledged.values());
        });
        Map<String, List<String>> idsByAddress = messageIdsByAddress(Set.copyOf(acknowledged.values()));
        idsByAddress.forEach((address, ids) -> assertThat(Set.copyOf(ids)).as("Message-IDs to " + address).hasSize(1));
        return idsByAddress.values().stream().mapToLong(ids -> ids.size() - 1L).sum();
    }

    private static Set<String> addressesMailed() {
        return Arrays.stream(TestMail.server().getReceivedMessages()).flatMap(m -> recipients(m).stream())
                .collect(Collectors.toSet());
    }

    private static Map<String, List<String>> messageIdsByAddress(Set<String> addresses) {
        return Arrays.stream(TestMail.server().getReceivedMessages())
                .flatMap(m -> recipients(m).stream().filter(addresses::contains).map(to -> Map.entry(to, messageId(m))))
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(Object::toString).toList();
        } catch (MessagingException e) {
            return List.of();
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            return "";
        }
    }
}
