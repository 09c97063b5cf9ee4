package id.sp4n.portal.benchmark;


import id.sp4n.portal.routing.Route;
import id.sp4n.portal.routing.RoutePlanner;
import org.openjdk.jmh.annotations.Benchmark;
import org.springframework.context.ApplicationContext;

/**
 * One routing decision over the full seeded hierarchy, in process: authority (rules, category default,
 * Jakarta, missing units) plus the path from the door and its hops, exactly as the listener computes it.
 */
public class RoutingBenchmark extends PortalBenchmark {

    private RoutePlanner planner;

    @Override
    protected void prepare(ApplicationContext context) {
        planner = context.getBean(RoutePlanner.class);
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
