package id.sp4n.portal.benchmark;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import id.sp4n.portal.complaint.AccessKey;
import id.sp4n.portal.complaint.NewComplaint;
import id.sp4n.portal.complaint.ReportType;
import id.sp4n.portal.complaint.Reporter;
import id.sp4n.portal.complaint.Submission;
import id.sp4n.portal.complaint.SubmitComplaint;
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
 * Storing one complaint in process (no HTTP): the transaction with the complaint and its event publication.
 * Routing then runs asynchronously on the listener threads, and competes for the same two cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Dportal.intake.submissions-per-hour=0")
public class SubmissionBenchmark {

    private ConfigurableApplicationContext context;
    private SubmitComplaint submit;
    private NewComplaint complaint;

    @Setup
    public void start() {
        context = PortalContext.start();
        submit = context.getBean(SubmitComplaint.class);
        complaint = new NewComplaint(ReportType.PENGADUAN, "Jalan kota berlubang di depan sekolah",
                "Lubang besar di jalan depan SD sudah dua minggu belum diperbaiki dan membahayakan murid.",
                LocalDate.now().minusDays(2), "32", "32.73", null, null, "JALAN-KABUPATEN", null, "kemenpanrb",
                false, false, Reporter.guest("Penguji", null, "081234567890", "id"), List.of());
    }

    @TearDown
    public void stop() {
        context.close();
    }

    @Benchmark
    public Submission submitOne() {
        return submit.submit(complaint, AccessKey.generate(), List.of());
    }
}
