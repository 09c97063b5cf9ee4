package id.sp4n.portal.benchmark;

import java.time.LocalDate;
import java.util.List;

import id.sp4n.portal.complaint.IntakeChannel;
import id.sp4n.portal.complaint.NewComplaint;
import id.sp4n.portal.complaint.ReportType;
import id.sp4n.portal.complaint.Submission;
import id.sp4n.portal.complaint.handling.AccessKey;
import id.sp4n.portal.complaint.handling.Reporter;
import id.sp4n.portal.complaint.handling.SubmitComplaint;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ApplicationContext;

/**
 * Storing one complaint in process (no HTTP): the transaction with the complaint and its event publication.
 * Routing then runs asynchronously on the listener threads, and competes for the same two cores.
 */
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Dportal.intake.submissions-per-hour=0")
public class SubmissionBenchmark extends PortalBenchmark {

    private SubmitComplaint submit;
    private NewComplaint complaint;

    @Override
    protected void prepare(ApplicationContext context) {
        submit = context.getBean(SubmitComplaint.class);
        complaint = new NewComplaint(ReportType.PENGADUAN, "Jalan kota berlubang di depan sekolah",
                "Lubang besar di jalan depan SD sudah dua minggu belum diperbaiki dan membahayakan murid.",
                LocalDate.now().minusDays(2), "32", "32.73", null, null, "JALAN-KABUPATEN", null, "kemenpanrb",
                false, false, Reporter.guest("Penguji", null, "081234567890", "id"), List.of(),
                IntakeChannel.API, null);
    }

    @Benchmark
    public Submission submitOne() {
        return submit.submit(complaint, AccessKey.generate(), List.of());
    }
}
