package id.sp4n.portal.benchmark;

import java.util.concurrent.TimeUnit;

import id.sp4n.portal.routing.Route;
import id.sp4n.portal.routing.RoutePlanner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One routing decision over the full seeded hierarchy, in process: authority (rules, category default,
 * Jakarta, missing units) plus the path from the door and its hops, exactly as the listener computes it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class RoutingBenchmark {

    private ConfigurableApplicationContext context;
    private RoutePlanner planner;

    @Setup
    public void start() {
        context = PortalContext.start();
        planner = context.getBean(RoutePlanner.class);
    }

    @TearDown
    public void stop() {
        context.close();
    }

    /** National door, regency affair: four stops down the tree. */
    @Benchmark
    public Route primarySchoolFromTheNationalDoor() {
        return planner.plan("kemenpanrb", "PENDIDIKAN-DASAR", "32", "32.73", null);
    }

    /** A unit's door, central affair: up to the root and across. */
    @Benchmark
    public Route electricityFromAUnitDoor() {
        return planner.plan("pemda-32.73/DISDIK", "LISTRIK", "32", "32.73", null);
    }

    /** No category: the verification desk on the way is searched. */
    @Benchmark
    public Route notSureFromAnotherProvince() {
        return planner.plan("pemda-91", "LAINNYA", "32", "32.73", null);
    }

    /** Jakarta, with a destination the citizen chose that has no authority. */
    @Benchmark
    public Route jakartaWithAWrongDestination() {
        return planner.plan("kemenpanrb", "ADMINDUK", "31", "31.74", "kemendagri");
    }
}
