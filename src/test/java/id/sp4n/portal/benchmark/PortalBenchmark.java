package id.sp4n.portal.benchmark;

import java.util.concurrent.TimeUnit;

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
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The portal running on the test database for one benchmark fork, measured in sample time (so JMH reports
 * percentiles). Subclasses pick the beans they measure in {@link #prepare}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public abstract class PortalBenchmark {

    private ConfigurableApplicationContext context;

    @Setup
    public void start() {
        context = PortalContext.start();
        prepare(context);
    }

    @TearDown
    public void stop() {
        context.close();
    }

    protected abstract void prepare(ApplicationContext context);
}
