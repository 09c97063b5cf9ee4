package id.sp4n.portal.system.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;

/** The embedded database keeps its data between runs and stays away when an external one is configured. */
class EmbeddedPostgresConfigurationTest {

    @TempDir
    Path dataDirectory;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withUserConfiguration(EmbeddedPostgresConfiguration.class, PropertiesConfiguration.class)
                .withPropertyValues("portal.embedded-database.data-directory=" + dataDirectory);
    }

    @Test
    void shouldFindWhatAPreviousRunStored() {
        runner().run(context -> {
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            jdbc.sql("create table memo (note text)").update();
            jdbc.sql("insert into memo values ('disimpan pada run pertama')").update();
        });
        assertThat(dataDirectory.resolve("PG_VERSION")).exists();

        runner().run(context -> {
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            assertThat(jdbc.sql("select note from memo").query(String.class).single())
                    .isEqualTo("disimpan pada run pertama");
            assertThat(jdbc.sql("show server_version").query(String.class).single()).startsWith("18");
        });
    }

    @Test
    void shouldStartNoEmbeddedDatabaseWhenAnExternalOneIsConfigured() {
        runner().withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/portal")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(EmbeddedPostgres.class);
                    assertThat(context).doesNotHaveBean(DataSource.class);
                });
        assertThat(dataDirectory.resolve("PG_VERSION")).doesNotExist();
    }

    @EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
    static class PropertiesConfiguration {
    }
}
