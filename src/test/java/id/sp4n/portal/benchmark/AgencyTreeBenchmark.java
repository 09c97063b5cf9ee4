package id.sp4n.portal.benchmark;


import id.sp4n.portal.agency.AgencyDetails;
import id.sp4n.portal.agency.AgencyDirectory;
import id.sp4n.portal.agency.AgencyPage;
import id.sp4n.portal.agency.AgencyQuery;
import id.sp4n.portal.agency.AgencySummary;
import org.openjdk.jmh.annotations.Benchmark;
import org.springframework.context.ApplicationContext;

/**
 * Tree queries over the full seeded hierarchy (~12,500 agencies), through the real {@link AgencyDirectory}
 * and PostgreSQL: path to the root plus child and subtree counts, direct children, and text search.
 * Sample-time mode reports percentiles (p50, p99) per call.
 */
public class AgencyTreeBenchmark extends PortalBenchmark {

    private AgencyDirectory directory;

    @Override
    protected void prepare(ApplicationContext context) {
        directory = context.getBean(AgencyDirectory.class);
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
