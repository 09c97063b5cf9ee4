package id.sp4n.portal.benchmark;

import id.sp4n.portal.PortalApplication;
import id.sp4n.portal.support.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the whole portal (random port) on the test database for a benchmark fork. */
final class PortalContext {

    private PortalContext() {
    }

    static ConfigurableApplicationContext start() {
        TestDatabase.Connection db = TestDatabase.connection();
        // Command-line arguments, so they win over application.properties (builder properties would not).
        return new SpringApplicationBuilder(PortalApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password(),
                "--logging.level.root=WARN");
    }
}
