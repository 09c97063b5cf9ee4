package id.sp4n.portal.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when no external database is configured ({@code spring.datasource.url} / {@code SPRING_DATASOURCE_URL}
 * unset): the portal then runs its own embedded PostgreSQL, and developer conveniences such as demo accounts
 * are allowed. With an external database none of them exist.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(ConditionalOnEmbeddedDatabase.NoExternalDatabaseUrl.class)
public @interface ConditionalOnEmbeddedDatabase {

    final class NoExternalDatabaseUrl implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
