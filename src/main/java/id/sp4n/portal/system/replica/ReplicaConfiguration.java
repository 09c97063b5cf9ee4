package id.sp4n.portal.system.replica;

import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * With an external primary and {@code portal.replica.url}, the portal's data source routes reads ({@link ReadRouting});
 * without them this configuration does not exist and Spring Boot's single pool is used. Both pools take the
 * {@code spring.datasource.hikari.*} settings; the replica's user and password default to the primary's.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = {"spring.datasource.url", "portal.replica.url"})
class ReplicaConfiguration {

    /** The data source everything else uses (JPA, JDBC, Flyway, sessions, the event log). */
    @Bean
    DataSource dataSource(Pools pools) {
        return new LazyConnectionDataSourceProxy(new ReadRouting(pools.primary(), pools.replica(), pools.freshness()));
    }

    @Bean(destroyMethod = "close")
    Pools replicaAndPrimaryPools(DataSourceProperties primary, Environment environment,
                                 @Value("${portal.replica.url}") String url,
                                 @Value("${portal.replica.username:}") String username,
                                 @Value("${portal.replica.password:}") String password,
                                 @Value("${portal.replica.max-lag:PT5S}") Duration maxLag,
                                 @Value("${portal.replica.check-interval:PT0.5S}") Duration interval) {
        HikariDataSource primaryPool = pool(environment, "primary");
        primaryPool.setJdbcUrl(primary.determineUrl());
        primaryPool.setUsername(primary.determineUsername());
        primaryPool.setPassword(primary.determinePassword());

        HikariDataSource replicaPool = pool(environment, "replica");
        replicaPool.setJdbcUrl(url);
        replicaPool.setUsername(username.isBlank() ? primary.determineUsername() : username);
        replicaPool.setPassword(password.isBlank() ? primary.determinePassword() : password);
        replicaPool.setReadOnly(true);
        // A replica that is down must not hold a page for the primary's connection timeout, nor stop the start.
        replicaPool.setConnectionTimeout(1_000);
        replicaPool.setInitializationFailTimeout(-1);

        var freshness = new ReplicaFreshness(primaryPool, replicaPool, maxLag, System::nanoTime);
        // The first read that loses its replica connection sends every later one to the primary, instead of each
        // pooled connection failing one page in turn before the next check notices.
        replicaPool.setExceptionOverride(freshness.connectionWatch());
        freshness.startChecking(interval);
        return new Pools(primaryPool, replicaPool, freshness);
    }

    /** Not beans of their own: the routing data source must be the only {@code DataSource} to inject. */
    record Pools(HikariDataSource primary, HikariDataSource replica, ReplicaFreshness freshness)
            implements AutoCloseable {

        @Override
        public void close() {
            freshness.close();
            replica.close();
            primary.close();
        }
    }

    @Bean
    ReplicaReads replicaReads() {
        return new ReplicaReads();
    }

    private static HikariDataSource pool(Environment environment, String name) {
        HikariDataSource pool = new HikariDataSource();
        Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(pool));
        pool.setPoolName(name);
        return pool;
    }
}
