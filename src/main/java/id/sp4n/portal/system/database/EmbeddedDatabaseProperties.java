package id.sp4n.portal.system.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its files and which port it listens on (0 = any free port).
 */
@ConfigurationProperties("portal.embedded-database")
public record EmbeddedDatabaseProperties(
        @DefaultValue("./data/postgres") Path dataDirectory,
        @DefaultValue("0") int port) {
}
