package id.sp4n.portal.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import id.sp4n.portal.agency.HeldComplaints;
import id.sp4n.portal.complaint.handling.Casework;
import id.sp4n.portal.complaint.handling.DeadlineWatch;
import id.sp4n.portal.complaint.handling.ReporterFollowUp;
import id.sp4n.portal.complaint.handling.Staff;
import id.sp4n.portal.complaint.handling.Verification;
import id.sp4n.portal.identity.PortalUser;
import id.sp4n.portal.identity.Role;
import id.sp4n.portal.support.MutableClock;
import id.sp4n.portal.support.StaffMother;
import id.sp4n.portal.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * The complaint module with what it depends on, and routing (the real no-wrong-door rules, which listen to the
 * submission): each event of the contract (docs/events.md) is published by its use case with its content. The
 * whole-portal journeys behind the same events are in {@link ComplaintEventsTest}.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "routing")
@TestPropertySource(properties = "portal.intake.submissions-per-hour=0")
@Import({TestClock.class, StaffMother.class})
class ComplaintModuleEventsTest {

    @Autowired
    IntakeRules intake;

    @Autowired
    Casework casework;

    @Autowired
    ReporterFollowUp followUp;

    @Autowired
    HeldComplaints handover;

    @Autowired
    DeadlineWatch deadlineWatch;

    @Autowired
    StaffMother staffMother;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    Staff cityEducation;

    @BeforeEach
    void setUp() {
        clock.setMorningInJakarta("2026-11-30");
        PortalUser officer = (PortalUser) staffMother.staff("modul.disdik.bandung@sp4n.test", Role.OFFICER,
                "pemda-32.73/DISDIK");
        cityEducation = new Staff(officer.accountId(), officer.displayName(), officer.agencyCode(), Staff.Scope.AGENCY);
    }

    private static ComplaintDraft draft(String email, ComplaintDraft.AccountHolder signedIn) {
        return new ComplaintDraft("PENGADUAN", "Atap ruang kelas sekolah bocor",
                "Sejak awal bulan atap ruang kelas tiga bocor setiap hujan dan murid harus pindah kelas.",
                "2026-11-27", "32", "32.73", null, null, "PENDIDIKAN-DASAR", null, false, false, "Siti Rahmawati",
                email, "0812 3456 7890", List.of(), IntakeChannel.API, "pemda-32.73", signedIn, "id", null);
    }

    private Submission file() {
        IntakeRules.Filed filed = intake.file(draft("siti.rahmawati@example.id", null), null, List.of());
        assertThat(filed.problems()).isEmpty();
        return filed.submission().orElseThrow();
    }

    private long version(Submission submission) {
        return jdbc.sql("select version from complaint where tracking_number = :number")
                .param("number", submission.trackingNumber().value()).query(Long.class).single();
    }

    /** Filed and routed: routing runs after the intake's commit, so this waits for the city's education office. */
    private Submission routed() {
        Submission submission = file();
        String number = submission.trackingNumber().value();
        for (int i = 0; i < 200 && !"pemda-32.73/DISDIK".equals(holder(number)); i++) {
            sleep();
        }
        return submission;
    }

    private void verify(Submission submission) {
        casework.verify(cityEducation, submission.trackingNumber(), version(submission),
                new Verification(ReportType.PENGADUAN, "PENDIDIKAN-DASAR", false, false, false, null));
    }

    private Submission routedAndVerified() {
        Submission submission = routed();
        verify(submission);
        return submission;
    }

    private String holder(String number) {
        return jdbc.sql("select current_agency_code from complaint where tracking_number = :number")
                .param("number", number).query(String.class).optional().orElse(null);
    }

    private static void sleep() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void shouldPublishASubmissionWithItsClassificationPlaceDoorAndChannel(Scenario scenario) {
        scenario.stimulate(this::file)
                .andWaitForEventOfType(ComplaintSubmitted.class)
                .matching(submitted -> "pemda-32.73".equals(submitted.doorAgencyCode()))
                .toArriveAndVerify((submitted, submission) -> {
                    assertThat(submitted.trackingNumber()).isEqualTo(submission.trackingNumber().value());
                    assertThat(submitted.type()).isEqualTo(ReportType.PENGADUAN);
                    assertThat(submitted.categoryCode()).isEqualTo("PENDIDIKAN-DASAR");
                    assertThat(submitted.provinceCode()).isEqualTo("32");
                    assertThat(submitted.regencyCode()).isEqualTo("32.73");
                    assertThat(submitted.channel()).isEqualTo(IntakeChannel.API);
                    assertThat(submitted.toString()).doesNotContain("Siti", "example.id", "0812");
                });
    }

    @Test
    void shouldIssueTheTrackingLinkToAGuestWithAnAddress(Scenario scenario) {
        scenario.stimulate(this::file)
                .andWaitForEventOfType(TrackingLinkIssued.class)
                .toArriveAndVerify((issued, submission) -> {
                    assertThat(issued.trackingNumber()).isEqualTo(submission.trackingNumber().value());
                    assertThat(issued.email()).isEqualTo("siti.rahmawati@example.id");
                    assertThat(issued.accessKey()).isEqualTo(submission.accessKey());
                });
    }

    @Test
    void shouldTellAnAccountHolderThatTheComplaintArrivedWithoutASecretKey(Scenario scenario) {
        // Any account will do as the filer; the officer's is at hand.
        ComplaintDraft signedIn = draft(null,
                new ComplaintDraft.AccountHolder(cityEducation.accountId(), "Pemegang Akun", "akun@example.id"));
        scenario.stimulate(() -> intake.file(signedIn, null, List.of()).submission().orElseThrow())
                .andWaitForEventOfType(ComplaintReceived.class)
                .toArriveAndVerify((received, submission) ->
                        assertThat(received.trackingNumber()).isEqualTo(submission.trackingNumber().value()));
    }

    @Test
    void shouldPublishTheRouteTheNoWrongDoorRulesChose(Scenario scenario) {
        scenario.stimulate(this::file)
                .andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForEventOfType(ComplaintRouted.class)
                .toArriveAndVerify((routed, submission) -> {
                    assertThat(routed.trackingNumber()).isEqualTo(submission.trackingNumber().value());
                    assertThat(routed.doorAgencyCode()).isEqualTo("pemda-32.73");
                    assertThat(routed.agencyCode()).isEqualTo("pemda-32.73/DISDIK");
                    assertThat(routed.hops()).isEqualTo(1);
                });
    }

    @Test
    void shouldPublishAnOfficersActionWithTheStateBeforeAndTheActorsScope(Scenario scenario) {
        Submission submission = routed();
        scenario.stimulate(() -> verify(submission))
                .andWaitForEventOfType(ComplaintActedOn.class)
                .toArriveAndVerify(acted -> {
                    assertThat(acted.action()).isEqualTo(CaseAction.VERIFY);
                    assertThat(acted.statusBefore()).isEqualTo(ComplaintStatus.SUBMITTED);
                    assertThat(acted.agencyBefore()).isEqualTo("pemda-32.73/DISDIK");
                    assertThat(acted.actorScope()).isEqualTo(Staff.Scope.AGENCY);
                    assertThat(acted.complaint().trackingNumber()).isEqualTo(submission.trackingNumber().value());
                    assertThat(acted.complaint().status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
                    assertThat(acted.complaint().channel()).isEqualTo(IntakeChannel.API);
                });
    }

    @Test
    void shouldPublishTheReportersAnswerWithoutTheirName(Scenario scenario) {
        Submission submission = routedAndVerified();
        casework.hold(cityEducation, submission.trackingNumber(), version(submission),
                "Di kelas berapa atap yang bocor?");
        clock.advance(Duration.ofDays(1));
        scenario.stimulate(() -> followUp.reply(submission.trackingNumber(),
                        new ReporterFollowUp.Proof(submission.accessKey(), null), "Kelas tiga dan kelas empat."))
                .andWaitForEventOfType(ReporterActedOn.class)
                .toArriveAndVerify(acted -> {
                    assertThat(acted.action()).isEqualTo(ReporterAction.REPLY);
                    assertThat(acted.statusBefore()).isEqualTo(ComplaintStatus.ON_HOLD);
                    assertThat(acted.complaint().status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
                    assertThat(acted.complaint().workingDaysSinceSubmission()).isEqualTo(1);
                    assertThat(acted.toString()).doesNotContain("Siti", "example.id");
                });
    }

    @Test
    void shouldPublishAHandoverWithTheAgencyItCameFrom(Scenario scenario) {
        Submission submission = routedAndVerified();
        scenario.stimulate(() -> handover.handOver(List.of("pemda-32.73/DISDIK"), "pemda-32.73",
                        cityEducation.accountId(), "Unit digabung"))
                .andWaitForEventOfType(ComplaintHandedOver.class)
                .matching(handedOver -> handedOver.complaint().trackingNumber()
                        .equals(submission.trackingNumber().value()))
                .toArriveAndVerify(handedOver -> {
                    assertThat(handedOver.agencyBefore()).isEqualTo("pemda-32.73/DISDIK");
                    assertThat(handedOver.complaint().agencyCode()).isEqualTo("pemda-32.73");
                    assertThat(handedOver.reason()).isEqualTo("Unit digabung");
                });
    }

    @Test
    void shouldPublishAReachedLimitWithTheHolder(Scenario scenario) {
        Submission submission = routed();
        String number = submission.trackingNumber().value();
        // Three working days to verify: on the day the limit falls the holder is warned.
        LocalDate due = jdbc.sql("select due_on from complaint where tracking_number = :number")
                .param("number", number).query(LocalDate.class).single();
        clock.setMorningInJakarta(due.toString());
        scenario.stimulate(() -> deadlineWatch.sweep())
                .andWaitForEventOfType(DeadlineReached.class)
                .matching(reached -> reached.trackingNumber().equals(number))
                .toArriveAndVerify(reached -> {
                    assertThat(reached.kind()).isEqualTo(DeadlineReached.Kind.WARNING);
                    assertThat(reached.holderCode()).isEqualTo("pemda-32.73/DISDIK");
                    assertThat(reached.complaint().status()).isEqualTo(ComplaintStatus.SUBMITTED);
                });
    }
}
