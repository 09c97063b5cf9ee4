package id.sp4n.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import id.sp4n.portal.support.ChildJvm;
import id.sp4n.portal.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production start script on the packaged jar: the first start trains Java 25's AOT cache and then serves; the
 * next start finds the cache and runs with it. (Its speed is measured in docs/benchmarks.md, not here.)
 */
class StartScriptIT {

    private static final Pattern STARTED = Pattern.compile("Started PortalApplication in ([0-9.]+) seconds");
    private static final Pattern TRAINED = Pattern.compile("AOTCache creation is complete");

    @TempDir
    Path aotHome;

    private static Path packagedJar() throws IOException {
        try (Stream<Path> jars = Files.list(Path.of("target"))) {
            return jars.filter(p -> p.getFileName().toString().matches("sp4n-portal-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No packaged jar in target/ (run mvn verify)"));
        }
    }

    private ChildJvm start(int port) throws Exception {
        TestDatabase.Connection db = TestDatabase.connection();
        List<String> command = new ArrayList<>(List.of("sh", "src/main/scripts/start-portal.sh",
                packagedJar().toString(), "--server.port=" + port, "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.username(), "--spring.datasource.password=" + db.password(),
                "--portal.deadlines.sweep-initial-delay=PT24H", "--spring.mail.port=1"));
        return ChildJvm.run(command, Map.of("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "JAVA_OPTS", "-Xmx384m", "PORTAL_AOT_HOME", aotHome.toString()));
    }

    private static int ready(int port) throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
                HttpResponse.BodyHandlers.discarding());
        return response.statusCode();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private long caches() throws IOException {
        try (Stream<Path> files = Files.walk(aotHome)) {
            return files.filter(p -> p.getFileName().toString().equals("portal.aot")).count();
        }
    }

    @Test
    void shouldTrainTheCacheOnTheFirstStartAndUseItOnTheNext() throws Exception {
        int port = freePort();
        try (ChildJvm first = start(port)) {
            first.await(STARTED, Duration.ofMinutes(4));
            assertThat(ready(port)).isEqualTo(200);
            assertThat(first.find(TRAINED)).isPresent();
            assertThat(first.handle().info().arguments().map(List::of).orElse(List.of()))
                    .anyMatch(argument -> argument.startsWith("-XX:AOTCache="));
            first.stop(Duration.ofSeconds(30));
        }
        assertThat(caches()).isEqualTo(1);

        try (ChildJvm second = start(port)) {
            String seconds = second.await(STARTED, Duration.ofMinutes(2));
            assertThat(ready(port)).isEqualTo(200);
            assertThat(second.find(TRAINED)).isEmpty();
            assertThat(second.handle().info().arguments().map(List::of).orElse(List.of()))
                    .anyMatch(argument -> argument.startsWith("-XX:AOTCache="));
            System.out.println("Second start with the AOT cache: started in " + seconds + " s");
            second.stop(Duration.ofSeconds(30));
        }
        assertThat(caches()).isEqualTo(1);
    }
}
