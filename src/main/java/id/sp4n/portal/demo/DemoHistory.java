package id.sp4n.portal.demo;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import id.sp4n.portal.agency.AgencyHierarchy;
import id.sp4n.portal.audit.AuditLog;
import id.sp4n.portal.policy.PolicyRegister;
import id.sp4n.portal.programme.ProgrammeBackfill;
import id.sp4n.portal.programme.Programmes;
import id.sp4n.portal.routing.RoutePlanner;
import id.sp4n.portal.shared.ConditionalOnEmbeddedDatabase;
import id.sp4n.portal.sla.WorkingDayCalendars;
import id.sp4n.portal.statistics.StatisticsHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * With {@code portal.demo.history=true} (on for {@code ./mvnw spring-boot:run}, README) and the embedded database,
 * a database without a single complaint gets {@code portal.demo.complaints} of them filed over the last
 * {@code portal.demo.months}, with their events for the statistics — before the portal answers its first request.
 * The priority programmes' complaints are tagged and one example policy follow-up is opened over it (DemoPolicyExample). A database with complaints is left as it is, so data kept between runs is never mixed with a second history.
 */
@Component
@ConditionalOnEmbeddedDatabase
@ConditionalOnBooleanProperty("portal.demo.history")
class DemoHistory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    private final ComplaintGenerator generator;
    private final DemoPolicyExample policyExample;
    private final Programmes programmes;
    private final ProgrammeBackfill backfill;
    private final JdbcClient jdbc;
    private final int complaints;
    private final int months;

    DemoHistory(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions, RoutePlanner planner,
                WorkingDayCalendars calendars, StatisticsHistory history, PolicyRegister policies,
                AgencyHierarchy agencies, Programmes programmes, ProgrammeBackfill backfill, Clock clock,
                @Value("${portal.demo.complaints:10000}") int complaints, @Value("${portal.demo.months:12}") int months) {
        this.generator = new ComplaintGenerator(jdbc, dataSource, transactions, planner, calendars, history,
                clock.instant(), 20261202L);
        this.policyExample = new DemoPolicyExample(jdbc, policies, agencies, clock);
        this.programmes = programmes;
        this.backfill = backfill;
        this.jdbc = jdbc;
        this.complaints = complaints;
        this.months = months;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (jdbc.sql("select exists (select 1 from complaint)").query(Boolean.class).single()) {
            log.info("Demo history: the database already holds complaints, none added");
            return;
        }
        long began = System.nanoTime();
        generator.generate(complaints, Duration.ofDays(months * 30L));
        log.info("Demo history: {} complaints over the last {} months written in {} ms; their figures follow within"
                + " a minute", complaints, months, (System.nanoTime() - began) / 1_000_000);
        programmes.all().forEach(programme -> log.info("Demo history: {} complaints of the programme {}",
                backfill.backfill(AuditLog.Actor.system(), programme.code()), programme.code()));
        policyExample.open().ifPresent(id -> log.info("Demo history: an example policy follow-up at /kebijakan/{}", id));
    }
}
