package id.sp4n.portal.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One real PostgreSQL for the whole test JVM: a Testcontainers {@code postgres:18} when a Docker engine
 * answers, otherwise an embedded PostgreSQL 18 in a temporary directory. Started on first use, stopped when
 * the JVM exits. Every Spring test context points at it (see {@link TestDatabaseContextCustomizerFactory}).
 */
public final class TestDatabase {

    private static volatile Connection connection;

    private TestDatabase() {
    }

    public record Connection(String url, String username, String password, String kind) {
    }

    public static Connection connection() {
        if (connection == null) {
            synchronized (TestDatabase.class) {
                if (connection == null) {
                    connection = start();
                }
            }
        }
        return connection;
    }

    private static Connection start() {
        if (dockerAnswers()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:18");
            container.start();
            stopAfterTheSpringContexts(container::stop);
            return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                    "testcontainers");
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
            stopAfterTheSpringContexts(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return new Connection("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres", "",
                    "embedded");
        } catch (IOException e) {
            throw new UncheckedIOException("Neither Docker nor the embedded PostgreSQL is available", e);
        }
    }

    /**
     * Spring Boot's shutdown handlers run after every application context of the JVM has closed. A plain JVM
     * shutdown hook would race them: contexts still running scheduled work then waited 30 s for connections to
     * a database that had already stopped.
     */
    private static void stopAfterTheSpringContexts(Runnable stop) {
        SpringApplication.getShutdownHandlers().add(stop);
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
