package id.sp4n.portal.system.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import id.sp4n.portal.PortalApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The portal on an external PostgreSQL that is killed (SIGKILL) and started again by its operator: meanwhile every
 * request gets the 503 page within the pool's 3-second wait (never a hang or a 500), readiness is DOWN, and the
 * portal serves again by itself once the server is back.
 */
class DatabaseOutageTest {

    @TempDir
    Path dataDirectory;

    private final HttpClient http = HttpClient.newHttpClient();
    private EmbeddedPostgres database;
    private ConfigurableApplicationContext portal;

    private EmbeddedPostgres startDatabase(int port) throws IOException {
        OrphanedPostmaster.awaitSharedMemoryReleased(dataDirectory);
        return EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).setPort(port).start();
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        int port = ((WebServerApplicationContext) portal).getWebServer().getPort();
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept)
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @AfterEach
    void stop() throws IOException {
        if (portal != null) {
            portal.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void shouldAnswerUnavailableWhileTheDatabaseIsDownAndRecoverWhenItIsBack() throws Exception {
        database = startDatabase(0);
        int port = database.getPort();
        portal = new SpringApplicationBuilder(PortalApplication.class).run("--server.port=0",
                "--spring.datasource.url=jdbc:postgresql://localhost:" + port + "/postgres",
                "--spring.datasource.username=postgres", "--portal.deadlines.sweep-initial-delay=PT24H",
                "--logging.level.root=WARN");
        assertThat(get("/", "text/html").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness", "application/json").statusCode()).isEqualTo(200);

        ProcessHandle.of(Long.parseLong(java.nio.file.Files.readAllLines(dataDirectory.resolve("postmaster.pid"))
                .get(0).trim())).orElseThrow().destroyForcibly();
        database.close();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            HttpResponse<String> page = get("/instansi", "text/html");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("Layanan sementara tidak tersedia").doesNotContain("Exception");
            assertThat(page.headers().firstValue("Retry-After")).isPresent();
        });
        long started = System.nanoTime();
        HttpResponse<String> api = get("/api/v1/agencies/pemda-32", "application/json");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.body()).contains("\"status\":503").contains("basis data");
        assertThat(get("/actuator/health/readiness", "application/json").statusCode()).isEqualTo(503);
        assertThat(get("/actuator/health/liveness", "application/json").statusCode()).isEqualTo(200);

        database = startDatabase(port);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(get("/instansi", "text/html").statusCode()).isEqualTo(200);
            assertThat(get("/actuator/health/readiness", "application/json").statusCode()).isEqualTo(200);
        });
    }
}
