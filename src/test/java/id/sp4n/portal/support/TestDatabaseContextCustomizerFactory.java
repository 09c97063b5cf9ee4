package id.sp4n.portal.support;

import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context at the JVM's {@link TestDatabase} and its {@link TestMail} SMTP server. The properties are added last, so a
 * test that needs another database can still set its own. Registered in {@code META-INF/spring.factories}.
 */
public class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return new TestDatabaseCustomizer();
    }

    private static final class TestDatabaseCustomizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            TestDatabase.Connection db = TestDatabase.connection();
            context.getEnvironment().getPropertySources().addLast(new MapPropertySource("testDatabase", Map.of(
                    "spring.datasource.url", db.url(),
                    "spring.datasource.username", db.username(),
                    "spring.datasource.password", db.password(),
                    "spring.mail.host", "localhost",
                    "spring.mail.port", String.valueOf(TestMail.port()))));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TestDatabaseCustomizer;
        }

        @Override
        public int hashCode() {
            return TestDatabaseCustomizer.class.hashCode();
        }
    }
}
