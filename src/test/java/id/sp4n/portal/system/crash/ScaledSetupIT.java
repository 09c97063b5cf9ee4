package id.sp4n.portal.system.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static id.sp4n.portal.system.crash.CrashChecks.await;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import id.sp4n.portal.support.SubmissionLoad;
import id.sp4n.portal.support.TestMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * The scaled setup as a newcomer starts it ({@code src/main/scripts/scaled-portal.sh start}): Debian's PostgreSQL as
 * primary and streaming replica, two portal instances from the packaged jar, HAProxy in front; every request goes
 * through the balancer. Reads go to the replica but not for whoever just wrote, fall back when the replica lags or
 * stops, and a killed instance loses nothing it acknowledged (docs/0031).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaledSetupIT {

    private static final Pattern NUMBER = Pattern.compile("\"trackingNumber\"\\s*:\\s*\"([^\"]+)\"");
    private static final String PASSWORD = "scaled-test-secret";

    private static Path home;
    private static Map<String, String> environment;
    private static String balancer;
    private static JdbcClient primary;
    private static JdbcClient replica;

    @BeforeAll
    static void startTheScaledSetup() throws Exception {
        home = Files.createTempDirectory("sp4n-scaled-");
        int primaryPort = CrashChecks.freePort();
        int replicaPort = CrashChecks.freePort();
        int balancerPort = CrashChecks.freePort();
        environment = new HashMap<>(Map.ofEntries(
                Map.entry("SCALED_HOME", home.toString()),
                Map.entry("PORTAL_JAR", packagedJar().toAbsolutePath().toString()),
                Map.entry("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString()),
                Map.entry("LB_PORT", Integer.toString(balancerPort)),
                Map.entry("INSTANCE_BASE_PORT", Integer.toString(twoFreePorts())),
                Map.entry("PRIMARY_PORT", Integer.toString(primaryPort)),
                Map.entry("REPLICA_PORT", Integer.toString(replicaPort)),
                Map.entry("PORTAL_DB_PASSWORD", PASSWORD),
                // A longer bound than the default, so the stale read below happens well inside it.
                Map.entry("PORTAL_REPLICA_MAX_LAG", "PT10S"),
                Map.entry("PORTAL_INTAKE_SUBMISSIONS_PER_HOUR", "0"),
                Map.entry("SPRING_MAIL_HOST", "localhost"),
                Map.entry("SPRING_MAIL_PORT", Integer.toString(TestMail.port()))));
        // The survivor takes over a killed instance's unfinished events within seconds, not minutes.
        environment.putAll(CrashChecks.quickTakeoverEnvironment());
        script("start", Duration.ofMinutes(6));
        balancer = "http://localhost:" + balancerPort;
        primary = CrashChecks.jdbc("jdbc:postgresql://127.0.0.1:" + primaryPort + "/portal", "portal", PASSWORD);
        replica = CrashChecks.jdbc("jdbc:postgresql://127.0.0.1:" + replicaPort + "/portal", "portal", PASSWORD);
    }

    @AfterAll
    static void stopIt() throws Exception {
        if (environment != null) {
            script("stop", Duration.ofMinutes(2));
        }
        // The logs stay for a look after a failure; the databases and the AOT cache are hundreds of megabytes.
        for (String large : List.of("primary", "replica", "aot")) {
            FileSystemUtils.deleteRecursively(home.resolve(large));
        }
    }

    @Test
    @Order(1)
    void shouldServeStrangersFromTheReplicaButTheWriterFromThePrimary() throws Exception {
        HttpClient writer = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .build();
        HttpClient stranger = HttpClient.newHttpClient();
        assertThat(get(stranger, "/laporan")).isEqualTo(200);
        replica.sql("select pg_wal_replay_pause()").query().listOfRows();
        try {
            String number = file(writer, "replika");
            assertThat(get(writer, "/lacak/" + number)).as("the writer sees what they just filed").isEqualTo(200);
            // The paused replica does not have it yet, and is within its bound: a stranger's read went there.
            assertThat(get(stranger, "/lacak/" + number)).as("a stranger's read from the paused replica").isEqualTo(404);
            // Once the replica is further behind than the bound, everyone reads the primary.
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> get(stranger, "/lacak/" + number) == 200);
        } finally {
            replica.sql("select pg_wal_replay_resume()").query().listOfRows();
        }
    }

    @Test
    @Order(2)
    void shouldReadFromThePrimaryWhileTheReplicaIsDown() throws Exception {
        try (PageLoad reads = new PageLoad(4, List.of("/laporan", "/instansi", "/laporan?province=32"))) {
            reads.awaitMore(50);
            script("stop-replica", Duration.ofMinutes(1));
            reads.awaitMore(200);
            int failuresAfterStop = reads.failures();
            script("start-replica", Duration.ofMinutes(1));
            reads.awaitMore(100);
            System.out.println("Replica stopped and started under reads: " + reads.summary());
            // Only reads already on a replica connection when it went down may fail.
            assertThat(failuresAfterStop).as("failed reads, " + reads.summary()).isLessThanOrEqualTo(4);
            assertThat(reads.failures()).as("reads failing after the replica was down").isEqualTo(failuresAfterStop);
        }
    }

    @Test
    @Order(3)
    void shouldLoseNothingWhenAnInstanceIsKilledUnderLoad() throws Exception {
        try (PageLoad reads = new PageLoad(2, List.of("/laporan", "/instansi", "/"));
             SubmissionLoad load = new SubmissionLoad(4, () -> balancer)) {
            CrashChecks.awaitMore(load, 60, Duration.ofSeconds(90));
            long pid = Long.parseLong(Files.readString(home.resolve("run/portal-1.pid")).strip());
            ProcessHandle instance = ProcessHandle.of(pid).orElseThrow();
            instance.destroyForcibly();
            instance.onExit().get(30, TimeUnit.SECONDS);
            CrashChecks.awaitMore(load, 60, Duration.ofSeconds(90));
            reads.awaitMore(50);
            load.close();
            System.out.println("Scaled setup, one instance killed: " + load.summary() + "; reads " + reads.summary());

            int failedSubmissions = load.otherAnswers().values().stream().mapToInt(Number::intValue).sum()
                    + load.refused();
            // Only what was in flight on the killed instance may fail: at most one request per client.
            assertThat(failedSubmissions).as(load.summary()).isLessThanOrEqualTo(4);
            assertThat(reads.failures()).as(reads.summary()).isLessThanOrEqualTo(2);
            CrashChecks.everyAcknowledgedComplaintStoredAndRouted(primary, load.numbers());
        }
    }

    private static String file(HttpClient client, String word) throws Exception {
        Map<String, String> form = Map.of("type", "PENGADUAN", "title", "Lampu jalan padam di gang " + word,
                "description", "Lampu penerangan jalan di gang kami padam sejak seminggu dan belum ada perbaikan.",
                "incidentDate", LocalDate.now().minusDays(2).toString(), "provinceCode", "32", "regencyCode", "32.73",
                "categoryCode", "PENDIDIKAN-DASAR", "name", "Warga Uji", "email", "skala-" + word + "@example.id",
                "formKey", "skala" + word + System.nanoTime());
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(balancer + "/api/v1/complaints"))
                .header("Accept", "application/json").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        Matcher number = NUMBER.matcher(answer.body());
        assertThat(number.find()).isTrue();
        return number.group(1);
    }

    private static int get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(balancer + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static void script(String command, Duration timeout) throws IOException, InterruptedException {
        Path log = home.resolve("script-" + command + ".log");
        ProcessBuilder builder = new ProcessBuilder("bash", "src/main/scripts/scaled-portal.sh", command)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        String output = Files.readString(log);
        if (!ended) {
            process.destroyForcibly();
        }
        assertThat(ended && process.exitValue() == 0).as("scaled-portal.sh " + command + ":\n" + output
                + instanceLogs()).isTrue();
    }

    private static String instanceLogs() throws IOException {
        Path logs = home.resolve("logs");
        if (!Files.isDirectory(logs)) {
            return "";
        }
        try (Stream<Path> files = Files.list(logs)) {
            return files.map(file -> {
                try {
                    List<String> lines = Files.readAllLines(file);
                    return "\n--- " + file.getFileName() + "\n" + String.join("\n",
                            lines.subList(Math.max(0, lines.size() - 30), lines.size()));
                } catch (IOException e) {
                    return "";
                }
            }).collect(Collectors.joining());
        }
    }

    /** The first of two free ports in a row: the script gives instance n the base port + n - 1. */
    private static int twoFreePorts() throws Exception {
        while (true) {
            int port = CrashChecks.freePort();
            try (var next = new java.net.ServerSocket(port + 1)) {
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
    }

    private static Path packagedJar() throws IOException {
        try (Stream<Path> jars = Files.list(Path.of("target"))) {
            return jars.filter(p -> p.getFileName().toString().matches("sp4n-portal-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No packaged jar in target/ (run mvn verify)"));
        }
    }

    /** Anonymous visitors reading public pages through the balancer as fast as it answers; counts what failed. */
    private static final class PageLoad implements AutoCloseable {

        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        private final AtomicInteger served = new AtomicInteger();
        private final Map<String, AtomicInteger> failed =
                new ConcurrentHashMap<>();
        private final AtomicBoolean running =
                new AtomicBoolean(true);
        private final List<Thread> readers;

        PageLoad(int threads, List<String> paths) {
            readers = IntStream.range(0, threads).mapToObj(t -> Thread.ofPlatform().start(() -> {
                int turn = t;
                while (running.get()) {
                    String path = paths.get(turn++ % paths.size());
                    try {
                        int status = get(http, path);
                        if (status == 200) {
                            served.incrementAndGet();
                        } else {
                            failed.computeIfAbsent(path + " " + status, k -> new AtomicInteger())
                                    .incrementAndGet();
                        }
                    } catch (InterruptedException e) {
                        return;
                    } catch (Exception e) {
                        failed.computeIfAbsent(path + " " + e.getClass().getSimpleName(),
                                k -> new AtomicInteger()).incrementAndGet();
                    }
                }
            })).toList();
        }

        void awaitMore(int more) {
            int target = served.get() + more;
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).until(() -> served.get() >= target);
        }

        int failures() {
            return failed.values().stream().mapToInt(Number::intValue).sum();
        }

        String summary() {
            return served.get() + " served, failed " + failed;
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            for (Thread reader : readers) {
                reader.join(30_000);
            }
        }
    }
}
