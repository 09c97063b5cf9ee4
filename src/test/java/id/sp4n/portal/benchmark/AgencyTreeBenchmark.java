package id.sp4n.portal.benchmark;

import java.util.concurrent.TimeUnit;

import id.sp4n.portal.agency.AgencyDetails;
import id.sp4n.portal.agency.AgencyDirectory;
import id.sp4n.portal.agency.AgencyPage;
import id.sp4n.portal.agency.AgencyQuery;
import id.sp4n.portal.agency.AgencySummary;
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
 * Tree queries over the full seeded hierarchy (~12,500 agencies), through the real {@link AgencyDirectory}
 * and PostgreSQL: path to the root plus child and subtree counts, direct children, and text search.
 * Sample-time mode reports percentiles (p50, p99) per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class AgencyTreeBenchmark {

    private ConfigurableApplicationContext context;
    private AgencyDirectory directory;

    @Setup
    public void start() {
        context = PortalContext.start();
        directory = context.getBean(AgencyDirectory.class);
    }

    @TearDown
    public void stop() {
        context.close();
    }

    /** A unit four levels down: ancestors, child count and subtree count. */
    @Benchmark
    public AgencyDetails detailsOfAUnit() {
        return directory.details("pemda-32.73/DISDIK");
    }

    /** The root: its subtree count covers the whole hierarchy. */
    @Benchmark
    public AgencyDetails detailsOfTheRoot() {
        return directory.details("kemenpanrb");
    }

    @Benchmark
    public java.util.List<AgencySummary> childrenOfAProvince() {
        return directory.children("pemda-32");
    }

    @Benchmark
    public AgencyPage searchByName() {
        return directory.search(new AgencyQuery(null, null, "bandung", 0, 20));
    }
}
