package id.sp4n.portal.benchmark;

import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import id.sp4n.portal.PortalApplication;
import id.sp4n.portal.demo.ComplaintGenerator;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.identity.StaffEnrolment;
import id.sp4n.portal.routing.RoutePlanner;
import id.sp4n.portal.sla.WorkingDayCalendars;
import id.sp4n.portal.statistics.StatisticsHistory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Load-test data: the demo history's {@link ComplaintGenerator} at scale (three years), plus two accounts for the
 * inbox benchmark ({@code src/test/load/run-inbox.sh}). Run it with the portal stopped (it opens the same embedded
 * database, or the one given in {@code spring.datasource.url}):
 * <pre>./mvnw -Pgenerate-data -Dcomplaints=1000000</pre>
 * The statistics apply the generated events after the next start (about a minute per 100,000 complaints).
 */
public final class GenerateComplaints {

    static final String BENCHMARK_PASSWORD = "beban-inbox-2026";
    static final String BUSY_OFFICER = "beban.petugas@sp4n.test";
    static final String NATIONAL_DESK = "beban.nasional@sp4n.test";

    private GenerateComplaints() {
    }

    public static void main(String[] args) {
        int count = Integer.parseInt(args.length > 0 ? args[0] : "1000000");
        // The whole portal (on a random port, unused) so that routing and the calendars are the real ones; no
        // statistics batches meanwhile (they would compete with the load for the machine).
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PortalApplication.class)
                .run("--server.port=0", "--logging.level.root=WARN", "--portal.statistics.apply-interval=PT24H")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            ComplaintGenerator generator = new ComplaintGenerator(jdbc, context.getBean(DataSource.class),
                    context.getBean(PlatformTransactionManager.class), context.getBean(RoutePlanner.class),
                    context.getBean(WorkingDayCalendars.class), context.getBean(StatisticsHistory.class),
                    Instant.now(), 20261123L);
            Instant start = Instant.now();
            generator.generate(count, Duration.ofDays(3 * 365));
            String busiest = enrolBenchmarkAccounts(jdbc, context.getBean(StaffEnrolment.class));
            System.out.printf("Generated %,d complaints in %s. Busiest agency: %s (%s), national desk: %s; password %s%n",
                    count, Duration.between(start, Instant.now()), busiest, BUSY_OFFICER, NATIONAL_DESK,
                    BENCHMARK_PASSWORD);
        }
    }

    private static String enrolBenchmarkAccounts(JdbcClient jdbc, StaffEnrolment enrolment) {
        String busiest = jdbc.sql("""
                        select current_agency_code from complaint
                         where status in ('SUBMITTED', 'VERIFIED', 'IN_PROGRESS', 'ON_HOLD')
                         group by current_agency_code order by count(*) desc limit 1""")
                .query(String.class).single();
        jdbc.sql("delete from account where email = :email and agency_code <> :agency")
                .param("email", BUSY_OFFICER).param("agency", busiest).update();
        enrolment.enrolIfAbsent(BUSY_OFFICER, BENCHMARK_PASSWORD, "Petugas Beban", Role.OFFICER, busiest);
        enrolment.enrolIfAbsent(NATIONAL_DESK, BENCHMARK_PASSWORD, "Meja Nasional Beban", Role.NATIONAL_ADMIN,
                "kemenpanrb");
        return busiest;
    }
}
