package id.sp4n.portal.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.CRC32;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;

/**
 * A Flyway migration written in Java that loads reference data from files shipped on the classpath
 * ({@code src/main/resources/data}). Spring beans of this type are picked up by Boot's Flyway
 * auto-configuration, so each module keeps its own seed next to its code. The checksum covers the data
 * files, so a changed file is noticed by Flyway's validation instead of silently diverging.
 */
public abstract class SeedMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;
    private final String[] dataFiles;

    protected SeedMigration(String version, String description, String... dataFiles) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
        this.dataFiles = dataFiles.clone();
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        for (String file : dataFiles) {
            try (InputStream in = new ClassPathResource(file).getInputStream()) {
                crc.update(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("Seed file missing: " + file, e);
            }
        }
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
