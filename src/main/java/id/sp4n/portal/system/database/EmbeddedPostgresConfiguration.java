package id.sp4n.portal.system.database;

import java.io.IOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import id.sp4n.portal.shared.ConditionalOnEmbeddedDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs a real PostgreSQL 18 beside the portal when no external database is configured, so
 * {@code ./mvnw spring-boot:run} works on a machine with nothing installed. The data directory is kept, so a
 * second run finds what the first one stored; see {@link EmbeddedPostgresServer} for durability, restarts and
 * what happens after a crash (docs/0026).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnEmbeddedDatabase
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        var dataDirectory = properties.dataDirectory().toAbsolutePath().normalize();
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, properties.port());
        log.info("Embedded PostgreSQL running at {} (data in {})", jdbcUrl(server), dataDirectory);
        return server;
    }

    /** The pool takes the same {@code spring.datasource.hikari.*} settings as with an external database. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(EmbeddedPostgresServer postgres) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(jdbcUrl(postgres));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("embedded-postgres");
        return dataSource;
    }

    private static String jdbcUrl(EmbeddedPostgresServer postgres) {
        return "jdbc:postgresql://localhost:" + postgres.port() + "/postgres";
    }
}
